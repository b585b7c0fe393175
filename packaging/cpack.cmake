# SPDX-License-Identifier: MIT
# `cpack -G DEB` in the build directory makes a Debian package of everything install() puts
# under the prefix. Included from the top-level CMakeLists.txt, after add_subdirectory(packaging).
set(SMM_PACKAGE_MAINTAINER "SMM Price Browser maintainers <packaging@smmpricebrowser.org>"
    CACHE STRING "Maintainer field of the .deb")

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME ${PROJECT_NAME})
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "The SMM Price Browser contributors")
set(CPACK_PACKAGE_CONTACT ${SMM_PACKAGE_MAINTAINER})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
string(JOIN "\n" CPACK_PACKAGE_DESCRIPTION
    "SMM Price Browser loads the services of a social media marketing reseller"
    "panel into a sortable, filterable table (price per 1000, minimum and maximum"
    "order, refill) and exports the visible rows to CSV.")
set(CPACK_PACKAGE_HOMEPAGE_URL ${PROJECT_HOMEPAGE_URL})
set(CPACK_PACKAGE_INSTALL_DIRECTORY ${PROJECT_NAME})
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
# dpkg-shlibdeps (dpkg-dev) derives the Qt and C++ library dependencies from the binary; the
# platform, SVG and SQLite plugins are loaded at run time, so they are named here.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6svg6, libqt6sql6-sqlite")
# Verifying the panels' https certificates needs the system's CA list; the panels' keys need a
# Secret Service (without one, keys come from environment variables).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "ca-certificates, gnome-keyring | kwalletmanager")

include(CPack)
