// SPDX-License-Identifier: MIT
#include "notespane.h"

#include "attributereader.h"
#include "moneyformat.h"
#include "notesanitizer.h"
#include "service.h"
#include "serviceformatter.h"

#include <QDesktopServices>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

// A text browser that loads nothing: a remote image or style sheet in a note would tell a
// tracker who reads it, or stall the window on a dead host. Sanitizing already drops them.
class NoteBrowser final : public QTextBrowser
{
public:
    using QTextBrowser::QTextBrowser;

    int resourceRequests() const { return m_resourceRequests; }

    QVariant loadResource(int type, const QUrl &name) override
    {
        Q_UNUSED(type)
        Q_UNUSED(name)
        ++m_resourceRequests;
        return {};
    }

private:
    int m_resourceRequests = 0;
};

NotesPane::NotesPane(QWidget *parent)
    : QWidget(parent)
    , m_browser(new NoteBrowser(this))
{
    setObjectName(u"notesPane"_s);
    setAccessibleName(tr("Service notes"));

    m_browser->setObjectName(u"noteBrowser"_s);
    m_browser->setAccessibleName(tr("Details and note of the selected service"));
    m_browser->setOpenLinks(false);
    m_browser->setOpenExternalLinks(false);
    m_browser->setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(m_browser, &QTextBrowser::anchorClicked, this, &NotesPane::activateLink);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);

    showService(nullptr);
}

void NotesPane::showService(const Service *service, const QString &groupLabel)
{
    if (!service) {
        m_browser->setHtml(u"<p>"_s + tr("Select a service to read its notes.").toHtmlEscaped()
                           + u"</p>"_s);
        return;
    }

    const QString name = service->name.isEmpty() ? tr("Unnamed service") : service->name;
    QString html = u"<h3>"_s + name.toHtmlEscaped() + u"</h3><p>"_s;
    const auto addDetail = [&html](const QString &label, const QString &value) {
        html += u"<b>"_s + label.toHtmlEscaped() + u"</b> "_s + value.toHtmlEscaped() + u"<br>"_s;
    };
    // What matching read, compact and first: the group, then the attributes on one line.
    if (!groupLabel.isEmpty())
        addDetail(tr("Group:"), groupLabel);
    const ServiceAttributes attributes = AttributeReader::read(*service);
    addDetail(tr("Read from the text:"), attributes.isComplete()
                                             ? attributes.descriptions().join(u" · "_s)
                                             : tr("not recognised"));
    html += u"</p><p>"_s;
    addDetail(tr("ID:"), QString::number(service->id));
    addDetail(tr("Category:"), service->category);
    addDetail(tr("Type:"), service->type);
    // Exactly as the panel wrote it, in its currency; the table converts it.
    addDetail(tr("Price per 1K:"), ServiceFormatter::price(*service));
    if (service->currencyCode() == Service::Rupiah)
        addDetail(tr("Price per unit:"), MoneyFormat::unitPrice(service->pricePerUnit()));
    addDetail(tr("Min:"), ServiceFormatter::quantity(service->min));
    addDetail(tr("Max:"), ServiceFormatter::maxQuantity(*service));
    addDetail(tr("Refill:"), ServiceFormatter::refill(service->refill));
    addDetail(tr("Status:"), ServiceFormatter::status(service->active));
    html += u"</p><hr>"_s;

    if (service->note.trimmed().isEmpty()) {
        html += u"<p><i>"_s + tr("This service has no note.").toHtmlEscaped() + u"</i></p>"_s;
    } else {
        const SanitizedNote note = NoteSanitizer::sanitize(service->note);
        // In a block of its own: right after the <hr>, Qt would start a line at each inline tag.
        html += u"<div>"_s + note.html + u"</div>"_s;
        if (note.truncated)
            html += u"<p><i>"_s + NoteSanitizer::truncationNotice().toHtmlEscaped() + u"</i></p>"_s;
    }
    m_browser->setHtml(html);
}

void NotesPane::setOpensLinksExternally(bool opens)
{
    m_opensLinksExternally = opens;
}

int NotesPane::resourceRequests() const
{
    return m_browser->resourceRequests();
}

void NotesPane::activateLink(const QUrl &url)
{
    if (!NoteSanitizer::isSafeLink(url))
        return;
    Q_EMIT linkActivated(url);
    if (m_opensLinksExternally)
        QDesktopServices::openUrl(url);
}
