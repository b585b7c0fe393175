// SPDX-License-Identifier: MIT
#pragma once

#include <QUrl>
#include <QWidget>

class NoteBrowser;
struct Service;

// Shows the selected service's details and its note. Notes come from the panel untrusted: they
// are sanitized, nothing is ever loaded, and only http(s) links open, in the user's browser.
class NotesPane final : public QWidget
{
    Q_OBJECT

public:
    explicit NotesPane(QWidget *parent = nullptr);

    // nullptr shows a placeholder. The service is read at once, not kept. The attributes read
    // from its text are shown with the label of its group, when given.
    void showService(const Service *service, const QString &groupLabel = QString());

    // On by default; off, a clicked link is still reported by linkActivated() but not opened.
    void setOpensLinksExternally(bool opens);
    bool opensLinksExternally() const { return m_opensLinksExternally; }

    // How many images, style sheets or other resources the view has asked for; all are refused.
    int resourceRequests() const;

Q_SIGNALS:
    // An http(s) link was clicked; emitted before it is opened.
    void linkActivated(const QUrl &url);

private:
    void activateLink(const QUrl &url);

    NoteBrowser *m_browser;
    bool m_opensLinksExternally = true;
};
