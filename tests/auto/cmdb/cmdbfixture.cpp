// SPDX-License-Identifier: GPL-3.0-or-later
#include "cmdbfixture.h"

#include "storage/directoryrepository.h"

namespace ServiceDeck::Test {

Result<std::unique_ptr<CmdbFixture>> CmdbFixture::make(TestDatabase &testDb)
{
    auto opened = testDb.open();
    if (!opened)
        return opened.error();
    std::unique_ptr<CmdbFixture> fixture(new CmdbFixture);
    fixture->m_db = std::move(*opened);
    auto admin = Storage::DirectoryRepository(*fixture->m_db).ensureAdmin();
    if (!admin)
        return admin.error();
    fixture->m_admin = admin->id;
    fixture->m_cis = std::make_unique<Storage::CiRepository>(*fixture->m_db);
    return fixture;
}

Result<QUuid> CmdbFixture::ci(const QString &name, const QString &ciClass,
                              const QMap<QString, QString> &attributes)
{
    ConfigurationItem item;
    item.name = name;
    item.ciClass = ciClass;
    item.attributes = attributes;
    auto created = m_cis->create(item, m_admin);
    if (!created)
        return created.error();
    m_ids.insert(name, created->id);
    return created->id;
}

Result<QUuid> CmdbFixture::relate(const QString &source, const QString &type, const QString &target)
{
    for (const QString &name : {source, target}) {
        if (!m_ids.contains(name)) {
            if (auto made = ci(name); !made)
                return made.error();
        }
    }
    return m_cis->addRelation(m_ids.value(source), type, m_ids.value(target), m_admin);
}

} // namespace ServiceDeck::Test
