# CPack: a .deb on Debian; the other platforms' recipes live in packaging/.
set(CPACK_PACKAGE_NAME "boinc-docker-manager")
set(CPACK_PACKAGE_VENDOR "BOINC Docker Manager developers")
set(CPACK_PACKAGE_CONTACT "BOINC Docker Manager developers <bdm@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_DEBIAN_PACKAGE_SECTION "utils")
# dpkg-shlibdeps finds the libraries the executables link; the plug-ins Qt loads at run time
# (SQLite driver for the journal and history, SVG icons, the keychain's D-Bus secret service)
# are named here, as nothing links them.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6svg6, qt6-qpa-plugins")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "boinc-client, podman | docker.io, openssh-client, qt6-gtk-platformtheme")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
# CPack puts the summary first and indents every following line itself.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "${PROJECT_DESCRIPTION}
For the people who meet containers in BOINC volunteer computing: volunteers check whether
their computer qualifies for Docker, Podman and GPU jobs and what to fix; admins watch
container tasks on one computer or many; researchers submit container jobs to their
project server. Includes the command-line twin, boinc-docker.")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
include(CPack)
