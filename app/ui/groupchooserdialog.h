// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>
#include <QList>
#include <QString>

class QLineEdit;
class QListWidget;

// Picks a group out of many: a search box over the groups' labels, Enter or a double click on
// one to choose it.
class GroupChooserDialog final : public QDialog
{
    Q_OBJECT

public:
    struct Choice {
        QString key;
        QString label;
        qsizetype count = 0; // services in it
    };

    GroupChooserDialog(const QString &title, const QList<Choice> &choices,
                       QWidget *parent = nullptr);

    // The key of the chosen group; empty when none is.
    QString chosenKey() const;
    void setSearchText(const QString &text);

private:
    void applySearch();

    QLineEdit *m_search;
    QListWidget *m_list;
};
