// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/cmdbcsv/importplan.h"

#include <QPointer>
#include <QString>

class QProgressDialog;
class QWidget;

namespace ServiceDeck::Views {

// A progress dialog with Cancel for one check or import; it appears only when the work takes
// long enough to be worth showing, and goes with this object.
class ImportProgressPopup
{
public:
    ImportProgressPopup(QWidget *parent, const QString &label);
    ~ImportProgressPopup();
    ImportProgressPopup(const ImportProgressPopup &) = delete;
    ImportProgressPopup &operator=(const ImportProgressPopup &) = delete;

    // For CmdbImport::setProgress: false once the user pressed Cancel.
    Storage::ImportProgress callback();

private:
    bool update(qint64 done, qint64 total);

    QWidget *m_parent;
    QString m_label;
    QPointer<QProgressDialog> m_dialog;
};

} // namespace ServiceDeck::Views
