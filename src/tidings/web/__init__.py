"""The REST API and the web page over a store (`tidings serve`): app.py builds the app (`create_app`),
api.py and pages.py hold the routes, queries.py the SQL, markup.py the article view's marked text.
Nothing is imported here, so that the CLI loads the web stack only to serve."""
