// SPDX-License-Identifier: MIT
#include "datasettingspage.h"

#include "alertlog.h"
#include "elidedpathedit.h"
#include "pricehistory.h"
#include "savedcategories.h"

#include <QDateTime>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QUrl>

DataSettingsPage::DataSettingsPage(PriceHistory *history, SavedCategories *saved, QWidget *parent)
    : QWidget(parent)
    , m_history(history)
    , m_saved(saved)
    , m_size(new QLabel(this))
    , m_days(new QSpinBox(this))
    , m_result(new QLabel(this))
    , m_openUrl([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
    setObjectName(QStringLiteral("dataPage"));
    auto *location = new ElidedPathEdit(this);
    location->setObjectName(QStringLiteral("historyLocationEdit"));
    location->setPath(m_history ? QDir::toNativeSeparators(m_history->path()) : QString());
    auto *openFolder = new QPushButton(tr("&Open Folder"), this);
    openFolder->setObjectName(QStringLiteral("openHistoryFolderButton"));
    openFolder->setToolTip(tr("Show the folder that holds the price history"));
    openFolder->setEnabled(m_history && QFileInfo(m_history->path()).absoluteDir().exists());
    m_size->setObjectName(QStringLiteral("historySizeLabel"));
    m_days->setObjectName(QStringLiteral("historyDaysBox"));
    m_days->setRange(1, 3650);
    m_days->setValue(90);
    m_days->setSuffix(tr(" days"));
    auto *deleteOld = new QPushButton(tr("Delete Older History"), this);
    deleteOld->setObjectName(QStringLiteral("deleteHistoryButton"));
    deleteOld->setEnabled(m_history && m_history->isAvailable());
    auto *exportButton = new QPushButton(tr("Export Saved Categories…"), this);
    auto *importButton = new QPushButton(tr("Import Saved Categories…"), this);
    m_result->setObjectName(QStringLiteral("dataResultLabel"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);

    auto *where = new QHBoxLayout;
    where->addWidget(location, 1);
    where->addWidget(openFolder);
    auto *older = new QHBoxLayout;
    older->addWidget(m_days);
    older->addWidget(deleteOld);
    older->addStretch();
    auto *savedButtons = new QHBoxLayout;
    savedButtons->addWidget(exportButton);
    savedButtons->addWidget(importButton);
    savedButtons->addStretch();
    auto *form = new QFormLayout(this);
    form->addRow(tr("Price history:"), where);
    form->addRow(tr("Size:"), m_size);
    form->addRow(tr("Keep the last:"), older);
    form->addRow(tr("Saved categories:"), savedButtons);
    form->addRow(m_result);
    if (m_history && !m_history->message().isEmpty())
        showResult(m_history->message());
    updateSize();

    connect(openFolder, &QPushButton::clicked, this, &DataSettingsPage::openFolder);
    connect(deleteOld, &QPushButton::clicked, this, [this] { deleteOlderThan(m_days->value()); });
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    connect(exportButton, &QPushButton::clicked, this, [this, documents] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export Saved Categories"),
            documents + QStringLiteral("/saved-categories.json"), tr("JSON files (*.json)"));
        if (!path.isEmpty())
            exportSaved(path);
    });
    connect(importButton, &QPushButton::clicked, this, [this, documents] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Import Saved Categories"), documents,
                                         tr("JSON files (*.json);;All files (*)"));
        if (!path.isEmpty())
            importSaved(path);
    });
}

void DataSettingsPage::setUrlOpener(std::function<bool(const QUrl &)> opener)
{
    m_openUrl = std::move(opener);
}

void DataSettingsPage::openFolder()
{
    if (!m_history)
        return;
    const QString folder = QFileInfo(m_history->path()).absolutePath();
    if (!m_openUrl(QUrl::fromLocalFile(folder)))
        showResult(
            tr("The folder “%1” could not be opened.").arg(QDir::toNativeSeparators(folder)));
}

void DataSettingsPage::updateSize()
{
    m_size->setText(m_history ? QLocale().formattedDataSize(m_history->fileSize())
                              : tr("Not available"));
}

void DataSettingsPage::showResult(const QString &text)
{
    m_result->setText(text);
}

QString DataSettingsPage::result() const
{
    return m_result->text();
}

void DataSettingsPage::deleteOlderThan(int days)
{
    if (!m_history)
        return;
    const QDateTime before = QDateTime::currentDateTimeUtc().addDays(-days);
    const int deleted = m_history->deleteFetchesBefore(before);
    // The alerts those fetches raised are kept as long as the prices, no longer.
    AlertLog alerts(*m_history);
    const int deletedAlerts = alerts.deleteBefore(before);
    QString result = deleted < 0 ? tr("The old history could not be deleted.")
                                 : tr("Deleted %Ln stored fetch(es) older than %1; the latest of "
                                      "each panel’s category is kept.",
                                      nullptr, deleted)
                                       .arg(tr("%Ln day(s)", nullptr, days));
    if (deletedAlerts < 0)
        result += u' ' + tr("The old alerts could not be deleted.");
    else if (deletedAlerts > 0)
        result += u' ' + tr("Deleted %Ln alert(s) raised before then.", nullptr, deletedAlerts);
    showResult(result);
    updateSize();
}

void DataSettingsPage::exportSaved(const QString &path)
{
    const QString error = m_saved->exportTo(path);
    showResult(error.isEmpty() ? tr("Exported %Ln saved category(ies) to %1.", nullptr,
                                    int(m_saved->names().size()))
                                     .arg(QDir::toNativeSeparators(path))
                               : error);
}

void DataSettingsPage::importSaved(const QString &path)
{
    QString error;
    const int added = m_saved->importFrom(path, &error);
    showResult(added < 0 ? error : tr("Added %Ln saved category(ies).", nullptr, added));
}
