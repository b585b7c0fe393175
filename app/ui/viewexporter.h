// SPDX-License-Identifier: MIT
#pragma once

#include "appsettings.h"
#include "csvwriter.h"
#include "shoppricelist.h"

#include <QObject>
#include <QPointer>
#include <QProgressDialog>

class CsvExport;
class MessageBar;
class QStatusBar;
class QWidget;
class ServiceTableView;
class ServiceViewModel;

// File ▸ Export and File ▸ Save Response: asks for the options and the file, writes the CSV on
// a worker from a snapshot of the rows shown (the window stays live, so a fetch finishing
// meanwhile is simply shown), shows progress with a Cancel button and says how it went.
class ViewExporter final : public QObject
{
    Q_OBJECT

public:
    ViewExporter(AppSettings &settings, ServiceViewModel *view, ServiceTableView *table,
                 MessageBar *messages, QStatusBar *status, QWidget *window);

    // `baseName` (a category, a file name) names the suggested file.
    void chooseExport(const QString &baseName);
    // Starts writing the rows and columns the table shows, in its order, to `path`; finished()
    // tells how it went. False when an export is running already.
    bool exportTo(const QString &path, const AppSettings::ExportPreferences &preferences);
    bool isRunning() const;
    // File ▸ Export Shop Price List: the selected rows, or every row shown when none is
    // selected, with their selling prices; the file dialog's type chooses the layout.
    void chooseShopExport(const QString &baseName);
    // Starts writing the shop price list of those rows to `path`; false when an export is
    // running already.
    bool exportShopListTo(const QString &path, ShopPriceList::Layout layout);
    void chooseSaveResponse(const QByteArray &body, const QString &baseName);

Q_SIGNALS:
    void runningChanged(bool running);
    void finished(const CsvWriter::Result &result);

private:
    void onFinished(const CsvWriter::Result &result);
    QString suggestedFileName(const QString &baseName, const QString &suffix) const;
    QString exportFolder() const;

    AppSettings &m_settings;
    ServiceViewModel *m_view;
    ServiceTableView *m_table;
    MessageBar *m_messages;
    QStatusBar *m_status;
    QWidget *m_window;
    CsvExport *m_export;
    QPointer<QProgressDialog> m_progress; // a child of the window, which may go first
    QString m_path;
    qsizetype m_leftOut = 0; // services of a shop price list without a selling price
};
