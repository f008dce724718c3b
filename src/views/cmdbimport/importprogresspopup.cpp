// SPDX-License-Identifier: GPL-3.0-or-later
#include "importprogresspopup.h"

#include <QCoreApplication>
#include <QProgressDialog>

#include <algorithm>

namespace ServiceDeck::Views {

ImportProgressPopup::ImportProgressPopup(QWidget *parent, const QString &label)
    : m_parent(parent)
    , m_label(label)
{}

ImportProgressPopup::~ImportProgressPopup()
{
    delete m_dialog;
}

Storage::ImportProgress ImportProgressPopup::callback()
{
    return [this](qint64 done, qint64 total) {
        return update(done, total);
    };
}

bool ImportProgressPopup::update(qint64 done, qint64 total)
{
    if (!m_dialog) {
        // The default Cancel button, which Qt's own translations cover.
        m_dialog = new QProgressDialog(m_parent);
        m_dialog->setLabelText(m_label);
        m_dialog->setRange(0, 100);
        m_dialog->setObjectName(QStringLiteral("importProgress"));
        m_dialog->setWindowModality(Qt::WindowModal);
        m_dialog->setMinimumDuration(400);
        m_dialog->setAutoClose(false);
        m_dialog->setAutoReset(false);
    }
    // Percent, not records: QProgressDialog counts in int.
    const int percent = total > 0 ? int(std::min<qint64>(100, done * 100 / total)) : 0;
    m_dialog->setValue(percent);
    // The work runs on this thread, so the dialog (and its Cancel) gets events only here.
    QCoreApplication::processEvents();
    return !m_dialog->wasCanceled();
}

} // namespace ServiceDeck::Views
