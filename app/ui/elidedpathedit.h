// SPDX-License-Identifier: MIT
#pragma once

#include <QLineEdit>

// A read-only path that fits its width: elided in the middle, whole in its tooltip, and whole
// again while it has focus, for selecting and copying it.
class ElidedPathEdit final : public QLineEdit
{
    Q_OBJECT

public:
    explicit ElidedPathEdit(QWidget *parent = nullptr);

    void setPath(const QString &path);
    const QString &path() const { return m_path; }

protected:
    void resizeEvent(QResizeEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void showPath();

    QString m_path;
};
