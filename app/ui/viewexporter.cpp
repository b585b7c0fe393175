// SPDX-License-Identifier: MIT
#include "viewexporter.h"

#include "csvexport.h"
#include "exportdialog.h"
#include "messagebar.h"
#include "responsefile.h"
#include "servicetablemodel.h"
#include "servicetableview.h"
#include "serviceviewmodel.h"
#include "tablesnapshot.h"

#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QStatusBar>

namespace {

// Smaller exports are over before a progress dialog would be worth showing.
constexpr int ProgressFromRows = 20000;

} // namespace

ViewExporter::ViewExporter(AppSettings &settings, ServiceViewModel *view, ServiceTableView *table,
                           MessageBar *messages, QStatusBar *status, QWidget *window)
    : QObject(window)
    , m_settings(settings)
    , m_view(view)
    , m_table(table)
    , m_messages(messages)
    , m_status(status)
    , m_window(window)
    , m_export(new CsvExport(this))
{
    connect(m_export, &CsvExport::finished, this, &ViewExporter::onFinished);
    connect(m_export, &CsvExport::progressChanged, this, [this](qsizetype done) {
        if (m_progress)
            m_progress->setValue(int(done));
    });
}

bool ViewExporter::isRunning() const
{
    return m_export->isRunning();
}

QString ViewExporter::exportFolder() const
{
    const QString folder = m_settings.exportPreferences().folder;
    return folder.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                            : folder;
}

QString ViewExporter::suggestedFileName(const QString &baseName, const QString &suffix) const
{
    QString name;
    for (const QChar c : baseName.trimmed()) {
        if (c.isLetterOrNumber())
            name.append(c.toLower());
        else if (!name.isEmpty() && !name.endsWith(u'-'))
            name.append(u'-');
    }
    while (name.endsWith(u'-'))
        name.chop(1);
    if (name.isEmpty())
        name = tr("prices");
    return name + u'-' + QDate::currentDate().toString(Qt::ISODate) + suffix;
}

void ViewExporter::chooseExport(const QString &baseName)
{
    if (isRunning())
        return;
    ExportDialog dialog(m_settings.exportPreferences(), m_view->rowCount(), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    AppSettings::ExportPreferences preferences = dialog.preferences();
    QString path = QFileDialog::getSaveFileName(
        m_window, tr("Export to CSV"),
        exportFolder() + u'/' + suggestedFileName(baseName, QStringLiteral(".csv")),
        tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".csv");
    preferences.folder = QFileInfo(path).absolutePath();
    m_settings.setExportPreferences(preferences);
    exportTo(path, preferences);
}

bool ViewExporter::exportTo(const QString &path, const AppSettings::ExportPreferences &preferences)
{
    if (isRunning())
        return false;
    QList<int> columns = m_table->visibleColumns();
    if (preferences.includePanelPriceText && !columns.contains(ServiceTableModel::PriceTextColumn))
        columns.append(ServiceTableModel::PriceTextColumn);
    if (preferences.includeNotes && !columns.contains(ServiceTableModel::NoteColumn))
        columns.append(ServiceTableModel::NoteColumn);

    const int rows = m_view->rowCount();
    if (rows >= ProgressFromRows) {
        m_progress = new QProgressDialog(tr("Exporting…"), tr("Cancel"), 0, rows, m_window);
        m_progress->setWindowModality(Qt::NonModal);
        m_progress->setMinimumDuration(300);
        m_progress->setAutoClose(false);
        m_progress->setAutoReset(false);
        connect(m_progress, &QProgressDialog::canceled, m_export, &CsvExport::cancel);
    }
    m_path = path;
    m_export->start(
        TableSnapshot::take(*m_view), columns,
        CsvWriter::withNumberFormat(preferences.csv, preferences.numbers, QLocale::system()), path);
    Q_EMIT runningChanged(true);
    return true;
}

void ViewExporter::onFinished(const CsvWriter::Result &result)
{
    if (m_progress) {
        m_progress->disconnect(m_export);
        m_progress->deleteLater();
        m_progress = nullptr;
    }
    if (result.isError())
        m_messages->showMessage(MessageBar::Kind::Error, result.error);
    else if (result.cancelled)
        m_status->showMessage(tr("Export cancelled; no file was written."), 5000);
    else
        m_status->showMessage(tr("Exported %Ln service(s) to %1", nullptr, int(result.rowsWritten))
                                  .arg(QDir::toNativeSeparators(m_path)),
                              8000);
    Q_EMIT runningChanged(false);
    Q_EMIT finished(result);
}

void ViewExporter::chooseSaveResponse(const QByteArray &body, const QString &baseName)
{
    const QString path = QFileDialog::getSaveFileName(
        m_window, tr("Save Response"),
        exportFolder() + u'/' + suggestedFileName(baseName, QStringLiteral(".json")),
        tr("API responses (*.json)"));
    if (path.isEmpty())
        return;
    const QString error = ResponseFile::write(path, body);
    if (error.isEmpty())
        m_status->showMessage(tr("Saved the response to %1").arg(QDir::toNativeSeparators(path)),
                              8000);
    else
        m_messages->showMessage(MessageBar::Kind::Error, error);
}
