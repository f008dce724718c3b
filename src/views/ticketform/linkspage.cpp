// SPDX-License-Identifier: GPL-3.0-or-later
#include "linkspage.h"
#include "ui_ticketformlinks.h"

#include "storage/activityrepository.h"
#include "storage/ticketrepository.h"

namespace ServiceDeck::Views {

LinksPage::LinksPage(Storage::Database &db, const QUuid &actorId, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::LinksPage>())
    , m_db(db)
    , m_actorId(actorId)
{
    m_ui->setupUi(this);
    m_ui->linkList->header()->setStretchLastSection(true);
    for (const QString &type : Storage::ActivityRepository::linkTypes())
        m_ui->linkTypeCombo->addItem(relationLabel(type, true), type);
    connect(m_ui->addLinkButton, &QPushButton::clicked, this, [this] { addLink(); });
    connect(m_ui->linkNumberEdit, &QLineEdit::returnPressed, this, [this] { addLink(); });
    connect(m_ui->linkList, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { emit openTicketRequested(item->text(1)); });
    setTicket({});
}

LinksPage::~LinksPage() = default;

QString LinksPage::relationLabel(const QString &type, bool outgoing)
{
    if (type == u"relates_to") return tr("related to");
    if (type == u"duplicates") return outgoing ? tr("a duplicate of") : tr("duplicated by");
    if (type == u"caused_by") return outgoing ? tr("caused by") : tr("the cause of");
    if (type == u"solved_by") return outgoing ? tr("solved by") : tr("the solution of");
    if (type == u"child_of") return outgoing ? tr("a child of") : tr("the parent of");
    if (type == u"blocks") return outgoing ? tr("blocking") : tr("blocked by");
    return type;
}

void LinksPage::setTicket(const QUuid &ticketId)
{
    m_ticketId = ticketId;
    const bool saved = !ticketId.isNull();
    m_ui->linkTypeCombo->setEnabled(saved);
    m_ui->linkNumberEdit->setEnabled(saved);
    m_ui->addLinkButton->setEnabled(saved);
    reload();
}

void LinksPage::reload()
{
    m_ui->linkList->clear();
    if (m_ticketId.isNull())
        return;
    auto links = Storage::ActivityRepository(m_db).links(m_ticketId);
    if (!links) {
        emit errorOccurred(links.error().message);
        return;
    }
    for (const Storage::LinkEntry &link : std::as_const(*links)) {
        auto *item = new QTreeWidgetItem(m_ui->linkList, {relationLabel(link.type, link.outgoing),
                                                          link.number, link.title});
        item->setData(0, Qt::UserRole, link.type);
    }
    for (int column = 0; column < 2; ++column)
        m_ui->linkList->resizeColumnToContents(column);
}

void LinksPage::addLink()
{
    const QString number = m_ui->linkNumberEdit->text().trimmed();
    if (m_ticketId.isNull() || number.isEmpty())
        return;
    auto target = Storage::TicketRepository(m_db).findByNumber(number);
    if (!target) {
        emit errorOccurred(target.error().message);
        return;
    }
    auto linked = Storage::ActivityRepository(m_db).link(
        m_ticketId, m_ui->linkTypeCombo->currentData().toString(), target->id, m_actorId);
    if (!linked) {
        emit errorOccurred(linked.error().message);
        return;
    }
    m_ui->linkNumberEdit->clear();
    reload();
}

} // namespace ServiceDeck::Views
