// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class ServiceViewModel;

// Sets `text` as the view's search, as a keystroke in the window does, and runs the event loop
// until the view shows its rows. Returns the longest the event loop was busy meanwhile, in
// milliseconds: the setFilter call, or the swap-in of rows filtered on the worker.
double typeFilter(ServiceViewModel &view, const QString &text);
