# Data tables compiled into the library (see cmake/EmbedText.cmake). Each
# stage appends its own tables here.
