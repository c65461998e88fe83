# macOS recipe for BOINC Docker Manager: the boinc-docker-manager.app bundle (Info.plist,
# icon, the CLI inside it), macdeployqt, and a drag-and-drop disk image (CPack DragNDrop).
#
# Not included by default. To use it, add to the top-level CMakeLists.txt, after
# add_subdirectory(app) and before include(BdmPackaging) (which includes CPack):
#
#     if(APPLE)
#         include(packaging/macos/BdmMacBundle.cmake)
#     endif()
#
# Everything below is guarded by if(APPLE): included on another platform, it does nothing.
# See packaging/macos/README.md for what it does and what must be verified on a Mac.

if(APPLE)
    include_guard(GLOBAL)

    # Names and version: the same as the Linux package (cmake/BdmPackaging.cmake) and its
    # desktop entry's application id.
    set(bdm_mac_gui boinc-docker-manager)
    set(bdm_mac_cli boinc-docker)
    set(bdm_mac_bundle "${bdm_mac_gui}.app")
    set(bdm_mac_display_name "BOINC Docker Manager")
    set(bdm_mac_bundle_id io.github.boinc_docker_manager.BoincDockerManager)

    # --- Options a packager sets on the cmake command line -------------------------------
    set(BDM_MACOS_ICNS "" CACHE FILEPATH "Application icon (.icns) for the bundle")
    set(BDM_MACDEPLOYQT "" CACHE FILEPATH "macdeployqt (default: found next to Qt's qmake)")
    set(BDM_MACOS_CODESIGN_IDENTITY "" CACHE STRING
        "Signing identity for macdeployqt -codesign (empty: not signed)")

    # --- The bundle ---------------------------------------------------------------------
    # app/CMakeLists.txt already makes the GUI a MACOSX_BUNDLE and installs it with
    # BUNDLE DESTINATION "."; here it gets its Info.plist and icon.
    if(TARGET ${bdm_mac_gui})
        set_target_properties(${bdm_mac_gui} PROPERTIES
            MACOSX_BUNDLE ON
            MACOSX_BUNDLE_INFO_PLIST "${CMAKE_CURRENT_LIST_DIR}/Info.plist.in"
            MACOSX_BUNDLE_BUNDLE_NAME "${bdm_mac_display_name}"
            MACOSX_BUNDLE_GUI_IDENTIFIER "${bdm_mac_bundle_id}"
            MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}"
            MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}"
            MACOSX_BUNDLE_LONG_VERSION_STRING "${PROJECT_VERSION}"
            MACOSX_BUNDLE_INFO_STRING "${bdm_mac_display_name} ${PROJECT_VERSION}"
            MACOSX_BUNDLE_COPYRIGHT "BOINC Docker Manager developers")
        if(BDM_MACOS_ICNS)
            get_filename_component(bdm_icns_name "${BDM_MACOS_ICNS}" NAME)
            target_sources(${bdm_mac_gui} PRIVATE "${BDM_MACOS_ICNS}")
            # Source properties belong to the directory of the target (app/), hence TARGET_DIRECTORY.
            set_source_files_properties("${BDM_MACOS_ICNS}" TARGET_DIRECTORY ${bdm_mac_gui}
                                        PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
            set_target_properties(${bdm_mac_gui} PROPERTIES MACOSX_BUNDLE_ICON_FILE "${bdm_icns_name}")
        endif()
    endif()

    # The command-line twin goes into the bundle too, next to the GUI's executable, so one
    # macdeployqt run serves both and the disk image holds one thing to drag. (app/cli also
    # installs it to bin/; see the README for leaving that out on macOS.)
    if(TARGET ${bdm_mac_cli})
        install(TARGETS ${bdm_mac_cli} RUNTIME DESTINATION "${bdm_mac_bundle}/Contents/MacOS")
    endif()

    # --- macdeployqt --------------------------------------------------------------------
    if(NOT BDM_MACDEPLOYQT)
        set(bdm_qt_bin_hints)
        foreach(bdm_tool IN ITEMS Qt6::macdeployqt Qt6::qmake)
            if(TARGET ${bdm_tool})
                foreach(bdm_prop IN ITEMS IMPORTED_LOCATION IMPORTED_LOCATION_RELEASE
                                          IMPORTED_LOCATION_RELWITHDEBINFO IMPORTED_LOCATION_DEBUG)
                    get_target_property(bdm_tool_path ${bdm_tool} ${bdm_prop})
                    if(bdm_tool_path)
                        get_filename_component(bdm_tool_dir "${bdm_tool_path}" DIRECTORY)
                        list(APPEND bdm_qt_bin_hints "${bdm_tool_dir}")
                        break()
                    endif()
                endforeach()
            endif()
        endforeach()
        if(DEFINED QT6_INSTALL_PREFIX AND DEFINED QT6_INSTALL_BINS)
            list(APPEND bdm_qt_bin_hints "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}")
        endif()
        find_program(bdm_macdeployqt_found NAMES macdeployqt macdeployqt6 HINTS ${bdm_qt_bin_hints})
        if(bdm_macdeployqt_found)
            set(BDM_MACDEPLOYQT "${bdm_macdeployqt_found}" CACHE FILEPATH
                "macdeployqt (default: found next to Qt's qmake)" FORCE)
        endif()
    endif()

    if(BDM_MACDEPLOYQT AND TARGET ${bdm_mac_gui})
        # Runs at install time, which is also when CPack stages the image's contents, after the
        # bundle and the CLI inside it are installed. It copies the Qt frameworks and plug-ins
        # (platform, styles, sqldrivers, tls, iconengines, imageformats) and the other non-system
        # libraries both executables load (QtKeychain, libcurl, pugixml from Homebrew or
        # MacPorts), and rewrites their load paths.
        set(bdm_sign_args "")
        if(BDM_MACOS_CODESIGN_IDENTITY)
            set(bdm_sign_args "\"-codesign=${BDM_MACOS_CODESIGN_IDENTITY}\" -hardened-runtime -timestamp")
        endif()
        install(CODE "
            set(bdm_app \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/${bdm_mac_bundle}\")
            set(bdm_cli_args)
            if(EXISTS \"\${bdm_app}/Contents/MacOS/${bdm_mac_cli}\")
                set(bdm_cli_args \"-executable=\${bdm_app}/Contents/MacOS/${bdm_mac_cli}\")
            endif()
            message(STATUS \"macdeployqt: \${bdm_app}\")
            execute_process(
                COMMAND \"${BDM_MACDEPLOYQT}\" \"\${bdm_app}\" \${bdm_cli_args} -always-overwrite -verbose=1 ${bdm_sign_args}
                RESULT_VARIABLE bdm_rc)
            if(NOT bdm_rc EQUAL 0)
                message(FATAL_ERROR \"macdeployqt failed (\${bdm_rc}) on \${bdm_app}\")
            endif()
        ")
    else()
        message(WARNING "BdmMacBundle: macdeployqt not found; set BDM_MACDEPLOYQT. The bundle would "
                        "load Qt from the build machine's Qt installation.")
    endif()

    # --- CPack: DragNDrop disk image -----------------------------------------------------
    # boinc-docker-manager-<PROJECT_VERSION>-Darwin.dmg with the bundle and a link to
    # /Applications (CPack adds the link unless CPACK_DMG_DISABLE_APPLICATIONS_SYMLINK is set).
    if(NOT CPACK_GENERATOR)
        set(CPACK_GENERATOR "DragNDrop")
    endif()
    set(CPACK_DMG_VOLUME_NAME "${bdm_mac_display_name}")
    set(CPACK_DMG_FORMAT "UDZO")
    foreach(bdm_license_name IN ITEMS LICENSE LICENSE.txt LICENSE.md COPYING)
        if(EXISTS "${PROJECT_SOURCE_DIR}/${bdm_license_name}")
            set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/${bdm_license_name}")
            break()
        endif()
    endforeach()
endif()
