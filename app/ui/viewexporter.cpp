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
#include <QItemSelectionModel>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QStatusBar>

#include <algorithm>

namespace {

// Smaller exports are over before a progress dialog would be worth showing.
constexpr int ProgressFromRows = 20000;

const QString ShopLayoutKey = QStringLiteral("export/shopLayout");

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

void ViewExporter::chooseShopExport(const QString &baseName)
{
    if (isRunning())
        return;
    const QString panelScript = tr("Panel script price list: kategori, layanan, catatan, min, "
                                   "max, harga (*.csv)");
    const QString generic =
        tr("Generic price list: category, service, note, min, max, price_idr (*.csv)");
    QString filter = m_settings.value(ShopLayoutKey) == "generic" ? generic : panelScript;
    const int selected = int(m_table->selectionModel()->selectedRows().size());
    QString path = QFileDialog::getSaveFileName(
        m_window,
        selected > 0
            ? tr("Export %Ln Selected Service(s) as a Shop Price List", nullptr, selected)
            : tr("Export %Ln Service(s) as a Shop Price List", nullptr, m_view->rowCount()),
        exportFolder() + u'/' + suggestedFileName(baseName, QStringLiteral(".csv")),
        panelScript + QStringLiteral(";;") + generic, &filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".csv");
    const bool isGeneric = filter == generic;
    m_settings.setValue(ShopLayoutKey, isGeneric ? "generic" : "panel-script");
    AppSettings::ExportPreferences preferences = m_settings.exportPreferences();
    preferences.folder = QFileInfo(path).absolutePath();
    m_settings.setExportPreferences(preferences);
    exportShopListTo(path, isGeneric ? ShopPriceList::Layout::Generic
                                     : ShopPriceList::Layout::PanelScript);
}

bool ViewExporter::exportShopListTo(const QString &path, ShopPriceList::Layout layout)
{
    if (isRunning())
        return false;
    TableSnapshot::Contents contents = TableSnapshot::take(*m_view);
    if (const QModelIndexList selected = m_table->selectionModel()->selectedRows();
        !selected.isEmpty()) {
        // In the order shown, like the rows of any export.
        std::vector<int> rows;
        rows.reserve(std::size_t(selected.size()));
        for (const QModelIndex &index : selected)
            rows.push_back(index.row());
        std::sort(rows.begin(), rows.end());
        for (int &row : rows)
            row = m_view->sourceRow(row);
        contents.rows = std::move(rows);
    }
    m_leftOut = ShopPriceList::dropRowsWithoutPrice(contents);
    m_path = path;
    m_export->start(std::move(contents), ShopPriceList::columns(), ShopPriceList::options(layout),
                    path);
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
    if (result.isComplete() && m_leftOut > 0)
        m_messages->showMessage(
            MessageBar::Kind::Warning,
            tr("%Ln service(s) without a price in rupiah were left out of the price list: add "
               "an exchange rate for their currency in Settings ▸ Rates.",
               nullptr, int(m_leftOut)));
    m_leftOut = 0;
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
