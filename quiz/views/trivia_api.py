"""Placeholder, filled in below."""
from flask import Blueprint

bp = Blueprint("trivia_api", __name__)
