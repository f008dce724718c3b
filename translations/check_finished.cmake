# SPDX-License-Identifier: GPL-3.0-or-later
# Fails the build when a translation file has an unfinished entry: every string the program
# shows is translated, or the build says which file lacks what.
#   cmake -DTS_FILES="a.ts|b.ts" -P check_finished.cmake
string(REPLACE "|" ";" ts_list "${TS_FILES}")
foreach(ts IN LISTS ts_list)
    file(READ "${ts}" content)
    string(REGEX MATCHALL "type=\"unfinished\"" unfinished "${content}")
    list(LENGTH unfinished count)
    if(count GREATER 0)
        message(FATAL_ERROR "${ts}: ${count} unfinished translation(s); translate them "
                            "(Qt Linguist) before building")
    endif()
endforeach()
