// SPDX-License-Identifier: MIT
#include "groupchooserdialog.h"

#include "searchtext.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

constexpr int KeyRole = Qt::UserRole + 1;
constexpr int SearchRole = Qt::UserRole + 2;

} // namespace

GroupChooserDialog::GroupChooserDialog(const QString &title, const QList<Choice> &choices,
                                       QWidget *parent)
    : QDialog(parent)
    , m_search(new QLineEdit(this))
    , m_list(new QListWidget(this))
{
    setObjectName(u"groupChooserDialog"_s);
    setWindowTitle(title);
    m_search->setObjectName(u"groupSearch"_s);
    m_search->setPlaceholderText(tr("Search groups"));
    m_search->setClearButtonEnabled(true);
    m_list->setObjectName(u"groupList"_s);
    m_list->setUniformItemSizes(true);
    for (const Choice &choice : choices) {
        auto *item = new QListWidgetItem(
            tr("%1 (%Ln service(s))", nullptr, int(choice.count)).arg(choice.label), m_list);
        item->setData(KeyRole, choice.key);
        item->setData(SearchRole, SearchText::fold(choice.label));
        item->setToolTip(choice.label);
    }
    m_list->sortItems();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::currentItemChanged, ok, [ok](const QListWidgetItem *current) {
        ok->setEnabled(current && !current->isHidden());
    });
    connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);
    connect(m_search, &QLineEdit::textChanged, this, &GroupChooserDialog::applySearch);
    // Enter in the search box takes the first group that is left.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_list->currentItem() && !m_list->currentItem()->isHidden())
            accept();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(520, 420);
    applySearch();
}

void GroupChooserDialog::setSearchText(const QString &text)
{
    m_search->setText(text);
}

QString GroupChooserDialog::chosenKey() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item && !item->isHidden() ? item->data(KeyRole).toString() : QString();
}

void GroupChooserDialog::applySearch()
{
    const QStringList terms = SearchText::terms(m_search->text());
    QListWidgetItem *first = nullptr;
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        const QString text = item->data(SearchRole).toString();
        const bool shown = std::all_of(terms.cbegin(), terms.cend(), [&text](const QString &term) {
            return text.contains(term);
        });
        item->setHidden(!shown);
        if (shown && !first)
            first = item;
    }
    if (!m_list->currentItem() || m_list->currentItem()->isHidden())
        m_list->setCurrentItem(first);
}
