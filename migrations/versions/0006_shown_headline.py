"""shown headline: the headline players see, with the quiz's keys blanked

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-29 05:50:00

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('article', schema=None) as batch_op:
        batch_op.add_column(
            sa.Column('shown_headline', sa.String(length=300), server_default='', nullable=False)
        )


def downgrade():
    with op.batch_alter_table('article', schema=None) as batch_op:
        batch_op.drop_column('shown_headline')
