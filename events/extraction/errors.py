"""Errors raised while reading an article; the caller adds the file name to the message."""


class ArticleError(ValueError):
    """An article that cannot be read (empty, binary, wrongly encoded); the message names the problem."""
