# `cmake --install`: the C header <mubiao.h>, the C++ headers <mubiao/*.h>,
# libmubiao (shared or static) and the static C++ library libmubiao_cxx, a
# CMake package (find_package(mubiao CONFIG) -> mubiao::mubiao,
# mubiao::mubiao_cxx) and mubiao.pc for pkg-config.
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

set(MUBIAO_INSTALL_CMAKEDIR "${CMAKE_INSTALL_LIBDIR}/cmake/mubiao" CACHE STRING
    "Where mubiaoConfig.cmake is installed, relative to the prefix")

install(TARGETS mubiao mubiao_cxx EXPORT mubiaoTargets
  RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}"
  LIBRARY DESTINATION "${CMAKE_INSTALL_LIBDIR}" NAMELINK_COMPONENT Development
  ARCHIVE DESTINATION "${CMAKE_INSTALL_LIBDIR}"
  PUBLIC_HEADER DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}"
  INCLUDES DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}")
if(TARGET mubiao_io)
  # The readers (<mubiao/read.h>), static like mubiao_cxx; their format
  # libraries are found again by mubiaoConfig.cmake through pkg-config.
  install(TARGETS mubiao_io EXPORT mubiaoTargets ARCHIVE DESTINATION "${CMAKE_INSTALL_LIBDIR}")
  set(MUBIAO_WITH_READERS_INSTALLED ON)
else()
  set(MUBIAO_WITH_READERS_INSTALLED OFF)
endif()
install(DIRECTORY "${PROJECT_SOURCE_DIR}/include/mubiao"
        DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}" FILES_MATCHING PATTERN "*.h")
install(EXPORT mubiaoTargets NAMESPACE mubiao:: DESTINATION "${MUBIAO_INSTALL_CMAKEDIR}")

get_target_property(_mubiao_type mubiao TYPE)
if(_mubiao_type STREQUAL "STATIC_LIBRARY")
  set(MUBIAO_STATIC ON)
else()
  set(MUBIAO_STATIC OFF)
endif()
configure_package_config_file(cmake/mubiaoConfig.cmake.in
  "${PROJECT_BINARY_DIR}/mubiaoConfig.cmake" INSTALL_DESTINATION "${MUBIAO_INSTALL_CMAKEDIR}")
write_basic_package_version_file("${PROJECT_BINARY_DIR}/mubiaoConfigVersion.cmake"
  VERSION "${PROJECT_VERSION}" COMPATIBILITY SameMajorVersion)
install(FILES "${PROJECT_BINARY_DIR}/mubiaoConfig.cmake"
              "${PROJECT_BINARY_DIR}/mubiaoConfigVersion.cmake"
        DESTINATION "${MUBIAO_INSTALL_CMAKEDIR}")

# mubiao.pc finds its prefix relative to itself (${pcfiledir}), so that
# `cmake --install build --prefix DIR` works whatever prefix was configured.
if(IS_ABSOLUTE "${CMAKE_INSTALL_LIBDIR}")
  set(MUBIAO_PC_PREFIX "${CMAKE_INSTALL_PREFIX}")
  set(MUBIAO_PC_LIBDIR "${CMAKE_INSTALL_LIBDIR}")
else()
  file(RELATIVE_PATH _up "/prefix/${CMAKE_INSTALL_LIBDIR}/pkgconfig" "/prefix")
  string(REGEX REPLACE "/$" "" _up "${_up}")
  set(MUBIAO_PC_PREFIX "\${pcfiledir}/${_up}")
  set(MUBIAO_PC_LIBDIR "\${prefix}/${CMAKE_INSTALL_LIBDIR}")
endif()
if(IS_ABSOLUTE "${CMAKE_INSTALL_INCLUDEDIR}")
  set(MUBIAO_PC_INCLUDEDIR "${CMAKE_INSTALL_INCLUDEDIR}")
else()
  set(MUBIAO_PC_INCLUDEDIR "\${prefix}/${CMAKE_INSTALL_INCLUDEDIR}")
endif()
if(MUBIAO_STATIC)
  # A static libmubiao needs the C++ library, which needs only the C++
  # runtime. (A shared libmubiao NEEDs only the runtime: tests/capi_needed.sh.)
  set(MUBIAO_PC_PRIVATE "Libs.private: -lmubiao_cxx -lstdc++ -lm\n")
  if(MUBIAO_WITH_READERS_INSTALLED)
    set(MUBIAO_PC_PRIVATE "Libs.private: -lmubiao_io -lmubiao_cxx -lstdc++ -lm\n")
  endif()
else()
  set(MUBIAO_PC_PRIVATE "")
endif()
if(MUBIAO_WITH_READERS_INSTALLED)
  # The readers link ICU and the format libraries (NEEDED by a shared
  # libmubiao too).
  string(PREPEND MUBIAO_PC_PRIVATE "Requires.private: icu-uc icu-i18n gumbo libzip expat poppler-cpp\n")
endif()
configure_file(cmake/mubiao.pc.in "${PROJECT_BINARY_DIR}/mubiao.pc" @ONLY)
install(FILES "${PROJECT_BINARY_DIR}/mubiao.pc" DESTINATION "${CMAKE_INSTALL_LIBDIR}/pkgconfig")
