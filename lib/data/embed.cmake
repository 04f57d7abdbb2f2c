# Data tables compiled into the library (see cmake/EmbedText.cmake). Each
# stage appends its own tables here.
mubiao_embed_text(MUBIAO_EMBEDDED number_units "${CMAKE_CURRENT_LIST_DIR}/number_units.txt")
mubiao_embed_text(MUBIAO_EMBEDDED number_qualifiers "${CMAKE_CURRENT_LIST_DIR}/number_qualifiers.txt")
mubiao_embed_text(MUBIAO_EMBEDDED number_idioms "${CMAKE_CURRENT_LIST_DIR}/number_idioms.txt")
mubiao_embed_text(MUBIAO_EMBEDDED number_cues "${CMAKE_CURRENT_LIST_DIR}/number_cues.txt")
