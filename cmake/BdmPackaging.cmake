# CPack: a .deb on Debian; the other platforms' recipes live in packaging/.
set(CPACK_PACKAGE_NAME "boinc-docker-manager")
set(CPACK_PACKAGE_VENDOR "BOINC Docker Manager developers")
set(CPACK_PACKAGE_CONTACT "BOINC Docker Manager developers <bdm@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_DEBIAN_PACKAGE_SECTION "utils")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
include(CPack)
