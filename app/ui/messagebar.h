// SPDX-License-Identifier: MIT
#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

// A non-modal message strip above the table, for errors and notices, with an optional Retry.
class MessageBar final : public QFrame
{
    Q_OBJECT

public:
    enum class Kind { Information, Warning, Error };

    explicit MessageBar(QWidget *parent = nullptr);

    void showMessage(Kind kind, const QString &text, bool offerRetry = false);
    QString text() const;
    Kind kind() const { return m_kind; }

Q_SIGNALS:
    void retryRequested();

private:
    Kind m_kind = Kind::Information;
    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_retry = nullptr;
};
