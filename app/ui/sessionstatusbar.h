// SPDX-License-Identifier: MIT
#pragma once

#include <QStatusBar>

class QLabel;
class QProgressBar;
class ServiceViewModel;
struct ParseResult;
struct PriceRequest;

// The window's status bar: what is loading and how far it got, "Filtering…" while a filter
// pass runs, and how many services the table shows.
class SessionStatusBar final : public QStatusBar
{
    Q_OBJECT

public:
    SessionStatusBar(const ServiceViewModel *view, QWidget *parent);

    void showLoading(const PriceRequest &request);
    void showReading(const QString &path);
    // `total` is -1 while the size is unknown.
    void showTransfer(qint64 received, qint64 total);
    void showRefreshProgress(int done, int total);
    void showPanelProgress(int done, int total);
    void showIdle();
    void showCount(int shown, int total, const ParseResult &diagnostics);

private:
    void showBusy(const QString &format);

    QProgressBar *m_progress;
    QLabel *m_filteringLabel;
    QLabel *m_countLabel;
};
