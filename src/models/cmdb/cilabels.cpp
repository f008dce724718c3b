// SPDX-License-Identifier: GPL-3.0-or-later
#include "cilabels.h"

namespace ServiceDeck::Models {

QString CiLabels::status(const QString &status)
{
    if (status == u"planned") return tr("Planned");
    if (status == u"live") return tr("Live");
    if (status == u"maintenance") return tr("In maintenance");
    if (status == u"retired") return tr("Retired");
    return status;
}

QString CiLabels::ciClass(const Cmdb::CiCatalogue &catalogue, const QString &ciClass)
{
    const Cmdb::CiClass *found = catalogue.findClass(ciClass);
    return found && !found->label.isEmpty() ? found->label : ciClass;
}

QString CiLabels::relation(const Cmdb::CiCatalogue &catalogue, const QString &type,
                           bool outgoing)
{
    const Cmdb::RelationType *found = catalogue.findRelationType(type);
    if (!found)
        return type;
    const QString label = outgoing ? found->forwardLabel : found->reverseLabel;
    return label.isEmpty() ? type : label;
}

} // namespace ServiceDeck::Models
