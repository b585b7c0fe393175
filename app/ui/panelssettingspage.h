// SPDX-License-Identifier: MIT
#pragma once

#include "panelregistry.h"

#include <QUrl>
#include <QWidget>

#include <functional>

class PanelEditDialog;
class QLabel;
class QPushButton;
class QTreeWidget;

// Settings ▸ Panels: the built-in panel (read-only) and the panels the user added, with Add, Edit
// and Remove. Changes are stored at once, with their keys in the keychain.
class PanelsSettingsPage final : public QWidget
{
    Q_OBJECT

public:
    // `builtInBase` is the built-in panel's address, shown in its row.
    explicit PanelsSettingsPage(const QUrl &builtInBase, QWidget *parent = nullptr);

    // Asks whether to remove a panel; a question box unless set.
    void setConfirmer(std::function<bool(const QString &question)> confirm);
    // Open the edit dialog (not modal to the event loop: it is open() and deletes itself).
    PanelEditDialog *addPanel();
    PanelEditDialog *editPanel();
    // Removes the selected panel and its key, after asking.
    void removePanel();
    void selectPanel(const QString &name);
    QString result() const;

Q_SIGNALS:
    // A panel was added, edited or removed.
    void panelsChanged();
    // A stored panel was saved under another name.
    void panelRenamed(const PanelConfig &before, const PanelConfig &after);

private:
    void reload();
    void updateButtons();
    QString selectedName() const;
    PanelEditDialog *openDialog(PanelEditDialog *dialog);
    void showResult(const QString &text);

    PanelRegistry m_registry;
    QUrl m_builtInBase;
    std::function<bool(const QString &)> m_confirm;
    QTreeWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QLabel *m_result;
    bool m_busy = false;
};
