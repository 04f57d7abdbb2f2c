# mubiao_embed_text(<out-var> <symbol> <file>)
# Compiles a text file into the library as
#   namespace mubiao::data { extern const char <symbol>[]; extern const std::size_t <symbol>_size; }
# so that data tables are read from memory at start-up, never from disk.
set(_MUBIAO_EMBED_SCRIPT "${CMAKE_CURRENT_LIST_DIR}/embed_text_file.cmake")

function(mubiao_embed_text out_var symbol file)
  get_filename_component(file "${file}" ABSOLUTE)
  set(out "${CMAKE_CURRENT_BINARY_DIR}/embedded/${symbol}.cc")
  add_custom_command(
    OUTPUT "${out}"
    COMMAND "${CMAKE_COMMAND}" -DIN=${file} -DOUT=${out} -DSYMBOL=${symbol}
            -P "${_MUBIAO_EMBED_SCRIPT}"
    DEPENDS "${file}" "${_MUBIAO_EMBED_SCRIPT}"
    COMMENT "Embedding ${file} as mubiao::data::${symbol}"
    VERBATIM)
  set(${out_var} ${${out_var}} "${out}" PARENT_SCOPE)
endfunction()
