// SPDX-License-Identifier: MIT
#pragma once

#include "launchoptions.h"
#include "parseresult.h"

#include <QObject>
#include <QUrl>

#include <chrono>

class PriceClient;
class ServiceTableModel;
class ServiceViewModel;
struct FetchResult;

// `smm-price-browser --export`: fetches a category (or reads a saved response), applies the
// filters and sort through the same model and view as the window, and writes the CSV. Reports
// on stderr, one line per problem; finished() carries the process's exit status.
class HeadlessExport final : public QObject
{
    Q_OBJECT

public:
    enum ExitStatus { Success = 0, Failure = 1, BadCommandLine = 2 };

    HeadlessExport(const LaunchOptions &options, const QUrl &apiBase, QObject *parent = nullptr);
    ~HeadlessExport() override;

    void setMaxResponseBytes(qint64 bytes);
    void setMaxRows(qsizetype rows);
    void setTimeout(std::chrono::milliseconds timeout);
    void start();

Q_SIGNALS:
    void finished(int exitStatus);

private:
    void onFetched(const FetchResult &result);
    void exportServices(const ParseResult &parsed);
    void fail(const QString &message);

    LaunchOptions m_options;
    PriceClient *m_client;
    ServiceTableModel *m_model;
    ServiceViewModel *m_view;
};
