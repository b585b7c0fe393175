// SPDX-License-Identifier: MIT
#pragma once

#include "sessionproblem.h"

#include <QFrame>
#include <QStringList>

class QLabel;
class QPushButton;

// A non-modal message strip above the table, for errors and notices, with the buttons that can
// help: Retry, Open Preferences (for a limit set there) and Details (for a message that sums up
// several).
class MessageBar final : public QFrame
{
    Q_OBJECT

public:
    enum class Kind { Information, Warning, Error };

    explicit MessageBar(QWidget *parent = nullptr);

    void showMessage(Kind kind, const QString &text, bool offerRetry = false);
    // A session's problem, with Retry only when asking again may help.
    void showProblem(const SessionProblem &problem);
    QString text() const;
    Kind kind() const { return m_kind; }
    const QStringList &details() const { return m_details; }
    // What the Details button opens: the message and its detail lines, selectable.
    void showDetails();

Q_SIGNALS:
    void retryRequested();
    void preferencesRequested(SessionProblem::Limit limit);

private:
    void present(Kind kind, const QString &text, bool offerRetry, SessionProblem::Limit limit,
                 const QStringList &details);
    // Made on first use, so a bar that never offers one adds no clashing mnemonic to the window.
    QPushButton *button(QPushButton *&made, int rank, const QString &text, const char *name);

    Kind m_kind = Kind::Information;
    SessionProblem::Limit m_limit = SessionProblem::Limit::None;
    QStringList m_details;
    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_detailsButton = nullptr;
    QPushButton *m_preferences = nullptr;
    QPushButton *m_retry = nullptr;
};
