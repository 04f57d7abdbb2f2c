# Data tables compiled into the library (see cmake/EmbedText.cmake). Each
# stage appends its own tables here.
mubiao_embed_text(MUBIAO_EMBEDDED number_units "${CMAKE_CURRENT_LIST_DIR}/number_units.txt")
mubiao_embed_text(MUBIAO_EMBEDDED number_qualifiers "${CMAKE_CURRENT_LIST_DIR}/number_qualifiers.txt")
mubiao_embed_text(MUBIAO_EMBEDDED number_idioms "${CMAKE_CURRENT_LIST_DIR}/number_idioms.txt")
mubiao_embed_text(MUBIAO_EMBEDDED number_cues "${CMAKE_CURRENT_LIST_DIR}/number_cues.txt")
# Target extraction (lib/targets/cues.cc).
mubiao_embed_text(MUBIAO_EMBEDDED target_cues_tsv "${CMAKE_CURRENT_SOURCE_DIR}/data/target_cues.tsv")
mubiao_embed_text(MUBIAO_EMBEDDED target_scope_tsv "${CMAKE_CURRENT_SOURCE_DIR}/data/target_scope.tsv")
mubiao_embed_text(MUBIAO_EMBEDDED target_sections_tsv "${CMAKE_CURRENT_SOURCE_DIR}/data/target_sections.tsv")
mubiao_embed_text(MUBIAO_EMBEDDED target_benchmarks_tsv "${CMAKE_CURRENT_SOURCE_DIR}/data/target_benchmarks.tsv")
mubiao_embed_text(MUBIAO_EMBEDDED target_false_friends_tsv "${CMAKE_CURRENT_SOURCE_DIR}/data/target_false_friends.tsv")
