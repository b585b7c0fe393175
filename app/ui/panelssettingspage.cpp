// SPDX-License-Identifier: MIT
#include "panelssettingspage.h"

#include "keystore.h"
#include "paneleditdialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

enum Column { NameColumn, StyleColumn, AddressColumn, CurrencyColumn, KeyColumn, ColumnCount };

} // namespace

PanelsSettingsPage::PanelsSettingsPage(const QUrl &builtInBase, QWidget *parent)
    : QWidget(parent)
    , m_builtInBase(builtInBase)
    , m_list(new QTreeWidget(this))
    , m_add(new QPushButton(tr("&Add…"), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_result(new QLabel(this))
{
    setObjectName(QStringLiteral("panelsSettingsPage"));
    m_list->setObjectName(QStringLiteral("panelList"));
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels(
        {tr("Name"), tr("API style"), tr("Address"), tr("Currency"), tr("Key")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setTextElideMode(Qt::ElideMiddle);
    // Room for an address next to the other columns: the page sets the dialog's width.
    m_list->setMinimumWidth(m_list->fontMetrics().averageCharWidth() * 90);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(AddressColumn, QHeaderView::Stretch);
    m_add->setObjectName(QStringLiteral("addPanelButton"));
    m_edit->setObjectName(QStringLiteral("editPanelButton"));
    m_remove->setObjectName(QStringLiteral("removePanelButton"));
    m_result->setObjectName(QStringLiteral("panelsResult"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *note = new QLabel(tr("Keys are kept in the system keychain, never in the settings "
                               "file. Changes here are saved at once."),
                            this);
    note->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_result);
    layout->addWidget(note);

    m_confirm = [this](const QString &question) {
        return QMessageBox::question(this, tr("Remove Panel"), question) == QMessageBox::Yes;
    };
    connect(m_add, &QPushButton::clicked, this, &PanelsSettingsPage::addPanel);
    connect(m_edit, &QPushButton::clicked, this, &PanelsSettingsPage::editPanel);
    connect(m_remove, &QPushButton::clicked, this, &PanelsSettingsPage::removePanel);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &PanelsSettingsPage::updateButtons);
    connect(m_list, &QTreeWidget::itemActivated, this, [this] {
        if (m_edit->isEnabled())
            editPanel();
    });
    reload();
    m_result->hide();
}

void PanelsSettingsPage::setConfirmer(std::function<bool(const QString &)> confirm)
{
    m_confirm = std::move(confirm);
}

void PanelsSettingsPage::reload()
{
    const QString selected = selectedName();
    m_list->clear();
    const QList<PanelConfig> panels = m_registry.allPanels(m_builtInBase);
    for (const PanelConfig &panel : panels) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(NameColumn,
                      panel.isBuiltIn() ? tr("%1 (built in)").arg(panel.name) : panel.name);
        item->setData(NameColumn, Qt::UserRole, panel.name);
        item->setText(StyleColumn, panel.style == PanelConfig::Style::V2 ? tr("Standard API v2")
                                                                         : tr("Kratos-style"));
        item->setText(AddressColumn, panel.url.toDisplayString());
        item->setToolTip(AddressColumn, panel.url.toDisplayString());
        item->setText(CurrencyColumn, panel.currency.isEmpty() && !panel.isBuiltIn()
                                          ? tr("not known yet")
                                          : panel.currency);
        if (panel.needsKey()) {
            item->setText(KeyColumn, panel.keyEnv.isEmpty() ? tr("in the keychain")
                                                            : tr("from $%1").arg(panel.keyEnv));
        }
        if (panel.isBuiltIn())
            item->setForeground(NameColumn, palette().brush(QPalette::PlaceholderText));
    }
    for (int column = 0; column < ColumnCount; ++column) {
        if (column != AddressColumn)
            m_list->resizeColumnToContents(column);
    }
    selectPanel(selected);
    updateButtons();
}

void PanelsSettingsPage::selectPanel(const QString &name)
{
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = m_list->topLevelItem(row);
        if (item->data(NameColumn, Qt::UserRole).toString() == name) {
            m_list->setCurrentItem(item);
            return;
        }
    }
}

QString PanelsSettingsPage::selectedName() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item && item->isSelected() ? item->data(NameColumn, Qt::UserRole).toString() : QString();
}

void PanelsSettingsPage::updateButtons()
{
    const QString name = selectedName();
    const bool editable = !m_busy && !name.isEmpty() && name != PanelConfig::BuiltInName;
    m_add->setEnabled(!m_busy);
    m_edit->setEnabled(editable);
    m_remove->setEnabled(editable);
}

PanelEditDialog *PanelsSettingsPage::addPanel()
{
    return openDialog(new PanelEditDialog(std::nullopt, this));
}

PanelEditDialog *PanelsSettingsPage::editPanel()
{
    const std::optional<PanelConfig> panel = m_registry.find(selectedName());
    if (!panel || panel->isBuiltIn())
        return nullptr;
    return openDialog(new PanelEditDialog(*panel, this));
}

PanelEditDialog *PanelsSettingsPage::openDialog(PanelEditDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const PanelConfig panel = PanelRegistry::normalized(dialog->panel());
        reload();
        selectPanel(panel.name);
        showResult(tr("The panel “%1” is saved.").arg(panel.name));
        if (dialog->existing() && dialog->existing()->name != panel.name)
            Q_EMIT panelRenamed(*dialog->existing(), panel);
        Q_EMIT panelsChanged();
    });
    dialog->open();
    return dialog;
}

void PanelsSettingsPage::removePanel()
{
    const QString name = selectedName();
    if (m_busy || name.isEmpty() || name == PanelConfig::BuiltInName)
        return;
    if (!m_confirm(tr("Remove the panel “%1” and its key?").arg(name)))
        return;
    const auto removeFromRegistry = [this, name] {
        const QString problem = m_registry.remove(name);
        reload();
        showResult(problem.isEmpty() ? tr("The panel “%1” is removed.").arg(name) : problem);
        Q_EMIT panelsChanged();
    };
    // A panel whose key is in an environment variable, or that has none, must be removable on a
    // computer without a keychain.
    const std::optional<PanelConfig> panel = m_registry.find(name);
    if (!panel || !panel->needsKey() || !panel->keyEnv.isEmpty()) {
        removeFromRegistry();
        return;
    }
    m_busy = true;
    updateButtons();
    showResult(tr("Removing the key from the keychain…"));
    KeyStore::remove(name, this, [this, name, removeFromRegistry](const KeyStore::Result &result) {
        m_busy = false;
        if (!result.ok()) {
            updateButtons();
            showResult(tr("The panel “%1” was not removed: %2").arg(name, result.error));
            return;
        }
        removeFromRegistry();
    });
}

QString PanelsSettingsPage::result() const
{
    return m_result->text();
}

void PanelsSettingsPage::showResult(const QString &text)
{
    m_result->setText(text);
    m_result->setVisible(!text.isEmpty());
}
