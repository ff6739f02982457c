"""review: owners of articles, questions and quizzes; question versions; quiz description and
scoring mode; co-teachers of a quiz; trivia API session tokens

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-28 01:00:00

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('api_token',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('token', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('used_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_api_token')),
    sa.UniqueConstraint('token', name=op.f('uq_api_token_token'))
    )
    op.create_table('api_token_question',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('token_id', sa.Integer(), nullable=False),
    sa.Column('question_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['question_id'], ['question.id'], name=op.f('fk_api_token_question_question_id_question')),
    sa.ForeignKeyConstraint(['token_id'], ['api_token.id'], name=op.f('fk_api_token_question_token_id_api_token'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_api_token_question')),
    sa.UniqueConstraint('token_id', 'question_id', name=op.f('uq_api_token_question_token_id_question_id'))
    )
    with op.batch_alter_table('api_token_question', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_api_token_question_question_id'), ['question_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_api_token_question_token_id'), ['token_id'], unique=False)

    op.create_table('quiz_editor',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('quiz_id', sa.Integer(), nullable=False),
    sa.Column('teacher_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['quiz_id'], ['quiz.id'], name=op.f('fk_quiz_editor_quiz_id_quiz'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['teacher_id'], ['teacher.id'], name=op.f('fk_quiz_editor_teacher_id_teacher')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_quiz_editor')),
    sa.UniqueConstraint('quiz_id', 'teacher_id', name=op.f('uq_quiz_editor_quiz_id_teacher_id'))
    )
    with op.batch_alter_table('quiz_editor', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_quiz_editor_quiz_id'), ['quiz_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_quiz_editor_teacher_id'), ['teacher_id'], unique=False)

    with op.batch_alter_table('article', schema=None) as batch_op:
        batch_op.add_column(sa.Column('owner_id', sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f('ix_article_owner_id'), ['owner_id'], unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_article_owner_id_teacher'), 'teacher', ['owner_id'], ['id'])

    with op.batch_alter_table('question', schema=None) as batch_op:
        batch_op.add_column(sa.Column('owner_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('source', sa.String(length=20), server_default='engine', nullable=False))
        batch_op.add_column(sa.Column('replaced_by_id', sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f('ix_question_owner_id'), ['owner_id'], unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_question_owner_id_teacher'), 'teacher', ['owner_id'], ['id'])
        batch_op.create_foreign_key(batch_op.f('fk_question_replaced_by_id_question'), 'question', ['replaced_by_id'], ['id'])

    with op.batch_alter_table('quiz', schema=None) as batch_op:
        batch_op.add_column(sa.Column('owner_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('description', sa.Text(), server_default='', nullable=False))
        batch_op.add_column(sa.Column('scoring', sa.String(length=20), server_default='speed', nullable=False))
        batch_op.create_index(batch_op.f('ix_quiz_owner_id'), ['owner_id'], unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_quiz_owner_id_teacher'), 'teacher', ['owner_id'], ['id'])


def downgrade():
    with op.batch_alter_table('quiz', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_quiz_owner_id_teacher'), type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_quiz_owner_id'))
        batch_op.drop_column('scoring')
        batch_op.drop_column('description')
        batch_op.drop_column('owner_id')

    with op.batch_alter_table('question', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_question_replaced_by_id_question'), type_='foreignkey')
        batch_op.drop_constraint(batch_op.f('fk_question_owner_id_teacher'), type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_question_owner_id'))
        batch_op.drop_column('replaced_by_id')
        batch_op.drop_column('source')
        batch_op.drop_column('owner_id')

    with op.batch_alter_table('article', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_article_owner_id_teacher'), type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_article_owner_id'))
        batch_op.drop_column('owner_id')

    with op.batch_alter_table('quiz_editor', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_quiz_editor_teacher_id'))
        batch_op.drop_index(batch_op.f('ix_quiz_editor_quiz_id'))

    op.drop_table('quiz_editor')

    with op.batch_alter_table('api_token_question', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_api_token_question_token_id'))
        batch_op.drop_index(batch_op.f('ix_api_token_question_question_id'))

    op.drop_table('api_token_question')
    op.drop_table('api_token')
