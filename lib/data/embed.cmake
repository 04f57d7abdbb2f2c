# Data tables compiled into the library (see cmake/EmbedText.cmake). Each
# stage appends its own tables here.

# --- Word level (lib/segment/word_*) ----------------------------------------
# The policy-domain lexicon: small, ours, read once when a Segmenter is built.
mubiao_embed_text(MUBIAO_EMBEDDED policy_lexicon "${CMAKE_CURRENT_LIST_DIR}/policy_lexicon.txt")

# jieba's word frequencies and HMM tables (Debian python3-jieba, MIT/Expat; see
# lib/data/THIRD_PARTY.md) are turned at build time into a trie blob linked
# into the library, so start-up parses nothing. Nothing is downloaded and no
# third-party file is committed: the package must be installed.
if(NOT EXISTS "${MUBIAO_JIEBA_DICT}")
  message(FATAL_ERROR
    "mubiao: jieba word list not found at MUBIAO_JIEBA_DICT=${MUBIAO_JIEBA_DICT}.\n"
    "Install Debian's python3-jieba (apt-get install python3-jieba) or point "
    "-DMUBIAO_JIEBA_DICT at its dict.txt.")
endif()
get_filename_component(_mubiao_jieba_dir "${MUBIAO_JIEBA_DICT}" DIRECTORY)
set(_mubiao_finalseg "${_mubiao_jieba_dir}/finalseg")
foreach(_t prob_start prob_trans prob_emit)
  if(NOT EXISTS "${_mubiao_finalseg}/${_t}.py")
    message(FATAL_ERROR "mubiao: jieba HMM table ${_mubiao_finalseg}/${_t}.py not found "
                        "(it ships with python3-jieba next to dict.txt).")
  endif()
endforeach()
find_package(Python3 REQUIRED COMPONENTS Interpreter)
set(_mubiao_word_dict "${CMAKE_CURRENT_BINARY_DIR}/embedded/word_dict")
add_custom_command(
  OUTPUT "${_mubiao_word_dict}.cc"
  COMMAND "${CMAKE_COMMAND}" -E make_directory "${CMAKE_CURRENT_BINARY_DIR}/embedded"
  COMMAND Python3::Interpreter "${PROJECT_SOURCE_DIR}/cmake/gen_word_dict.py"
          --dict "${MUBIAO_JIEBA_DICT}" --finalseg "${_mubiao_finalseg}"
          --out "${_mubiao_word_dict}"
  DEPENDS "${PROJECT_SOURCE_DIR}/cmake/gen_word_dict.py" "${MUBIAO_JIEBA_DICT}"
          "${_mubiao_finalseg}/prob_start.py" "${_mubiao_finalseg}/prob_trans.py"
          "${_mubiao_finalseg}/prob_emit.py"
  COMMENT "Compiling jieba's dictionary into a trie blob"
  VERBATIM)
list(APPEND MUBIAO_EMBEDDED "${_mubiao_word_dict}.cc")

# --- Tables read through data/tables.h (one format, one loader) ---------------
# Numbers (lib/numbers).
mubiao_embed_text(MUBIAO_EMBEDDED number_units_tsv "${CMAKE_CURRENT_LIST_DIR}/number_units.tsv")
mubiao_embed_text(MUBIAO_EMBEDDED number_qualifiers_tsv "${CMAKE_CURRENT_LIST_DIR}/number_qualifiers.tsv")
mubiao_embed_text(MUBIAO_EMBEDDED number_idioms_tsv "${CMAKE_CURRENT_LIST_DIR}/number_idioms.tsv")
mubiao_embed_text(MUBIAO_EMBEDDED number_cues_tsv "${CMAKE_CURRENT_LIST_DIR}/number_cues.tsv")
# Target extraction (lib/targets/cues.cc).
mubiao_embed_text(MUBIAO_EMBEDDED target_cues_tsv "${CMAKE_CURRENT_SOURCE_DIR}/data/target_cues.tsv")
mubiao_embed_text(MUBIAO_EMBEDDED target_scope_tsv "${CMAKE_CURRENT_SOURCE_DIR}/data/target_scope.tsv")
mubiao_embed_text(MUBIAO_EMBEDDED target_sections_tsv "${CMAKE_CURRENT_SOURCE_DIR}/data/target_sections.tsv")
mubiao_embed_text(MUBIAO_EMBEDDED target_benchmarks_tsv "${CMAKE_CURRENT_SOURCE_DIR}/data/target_benchmarks.tsv")
mubiao_embed_text(MUBIAO_EMBEDDED target_false_friends_tsv "${CMAKE_CURRENT_SOURCE_DIR}/data/target_false_friends.tsv")
# Research (lib/research): the indicator codebook, its cues and the gazetteer.
mubiao_embed_text(MUBIAO_EMBEDDED codebook_tsv "${CMAKE_CURRENT_SOURCE_DIR}/data/codebook.tsv")
mubiao_embed_text(MUBIAO_EMBEDDED research_cues_tsv "${CMAKE_CURRENT_SOURCE_DIR}/data/research_cues.tsv")
mubiao_embed_text(MUBIAO_EMBEDDED regions_tsv "${CMAKE_CURRENT_SOURCE_DIR}/data/regions.tsv")
