// SPDX-License-Identifier: MIT
#include "typefilter.h"

#include "benchapplication.h"
#include "searchtext.h"
#include "servicefilter.h"
#include "serviceviewmodel.h"

#include <QElapsedTimer>

#include <algorithm>

double typeFilter(ServiceViewModel &view, const QString &text)
{
    ServiceFilter filter;
    filter.terms = SearchText::terms(text);
    QElapsedTimer busy;
    busy.start();
    view.setFilter(filter);
    const double blocked = double(busy.nsecsElapsed()) / 1e6;
    return std::max(
        blocked, BenchApplication::instance()->runUntil([&view] { return !view.isFiltering(); }));
}
