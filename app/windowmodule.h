// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

// The entry point of the window's module (windowmain.cpp), which the program (main.cpp) looks up
// by name: the window, from QApplication to the end of its event loop, with the program's command
// line.
extern "C" Q_DECL_EXPORT int smmRunWindow(int argc, char *argv[]);
