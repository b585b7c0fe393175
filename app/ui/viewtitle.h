// SPDX-License-Identifier: MIT
#pragma once

#include <QLabel>

struct SessionView;

// The heading above the table: what it holds, from where and of when (ViewHeading). Wraps
// rather than cut a long category name; hidden while nothing is shown.
class ViewTitle final : public QLabel
{
    Q_OBJECT

public:
    explicit ViewTitle(QWidget *parent = nullptr);

    void showView(const SessionView &view);
};
