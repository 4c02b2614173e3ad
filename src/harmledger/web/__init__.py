"""The web application's pages (server-rendered Jinja2, autoescaped) and their static files."""
