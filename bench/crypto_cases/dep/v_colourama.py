import colourama
colourama.init()
