// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

#include <functional>

class ElidedPathEdit;
class PriceHistory;
class QLabel;
class QPushButton;
class QSpinBox;
class SavedCategories;

// Settings ▸ Data: where the price history is and how large, deleting old history, and moving
// the saved categories to and from a file. Its buttons act at once.
class DataSettingsPage final : public QWidget
{
    Q_OBJECT

public:
    DataSettingsPage(PriceHistory *history, SavedCategories *saved, QWidget *parent = nullptr);

    // The actions behind the buttons, without their file dialogs.
    void deleteOlderThan(int days);
    void exportSaved(const QString &path);
    void importSaved(const QString &path);
    QString result() const;
    // What Open Folder hands the history's folder to; QDesktopServices::openUrl unless set.
    void setUrlOpener(std::function<bool(const QUrl &)> opener);
    void openFolder();

private:
    void updateSize();
    void showResult(const QString &text);

    PriceHistory *m_history;
    SavedCategories *m_saved;
    QLabel *m_size;
    QSpinBox *m_days;
    QLabel *m_result;
    std::function<bool(const QUrl &)> m_openUrl;
};
