// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cmdb/cicatalogue.h"

#include <QCoreApplication>
#include <QString>

namespace ServiceDeck::Models {

// The names people read for the CMDB's stored words: statuses, classes, relation directions.
class CiLabels
{
    Q_DECLARE_TR_FUNCTIONS(ServiceDeck::Models::CiLabels)

public:
    // "live" → "Live"; an unknown status is shown as stored.
    static QString status(const QString &status);
    // The class's label from the catalogue ("virtual_machine" → "Virtual machine").
    static QString ciClass(const Cmdb::CiCatalogue &catalogue, const QString &ciClass);
    // A relation as seen from one end: outgoing "runs on", incoming "hosts".
    static QString relation(const Cmdb::CiCatalogue &catalogue, const QString &type,
                            bool outgoing);
};

} // namespace ServiceDeck::Models
