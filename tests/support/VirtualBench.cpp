#include "VirtualBench.h"

#include "services/WifiService.h"
#include "sim/VirtualModule.h"
#include "sim/VirtualModuleFactory.h"

#include <QDebug>
#include <QTest>

namespace VirtualBench {

bool haveModule(const QString &id)
{
    return VirtualModuleFactory::create(id, World::defaultWorld()) != nullptr;
}

bool open(ModuleConnection &connection, const QString &id, int waitMs)
{
    connection.openVirtual(id);
    return QTest::qWaitFor(
        [&connection] {
            return connection.state() == ModuleConnection::State::Open && connection.dialect();
        },
        waitMs);
}

bool joinLab(ModuleConnection &connection, int waitMs)
{
    WifiService wifi(&connection);
    bool done = false;
    bool ok = false;
    QString message;
    QObject::connect(&wifi, &WifiService::actionFinished,
                     [&](const QString &, bool success, const QString &text) {
                         done = true;
                         ok = success;
                         message = text;
                     });
    StationSettings lab;
    lab.ssid = QStringLiteral("WIZnet_Lab");
    lab.key = QStringLiteral("wiznet1234");
    lab.security = WifiSecurity::Wpa2Psk;
    wifi.join(lab);
    if (!QTest::qWaitFor([&done] { return done; }, waitMs) || !ok) {
        qWarning("joining WIZnet_Lab failed: %s", qPrintable(message));
        return false;
    }
    return true;
}

void printTrafficWhenAsked(ModuleConnection &connection)
{
    if (!qEnvironmentVariableIsSet("ATSTUDIO_TEST_TRAFFIC"))
        return;
    QObject::connect(&connection, &ModuleConnection::traffic, [](const QList<TrafficItem> &items) {
        for (const TrafficItem &i : items)
            qDebug() << (i.kind == TrafficItem::Kind::Frame ? "<<" : ">>")
                     << (i.kind == TrafficItem::Kind::Frame ? i.frame.text + i.frame.payload
                                                            : i.bytes);
    });
}

} // namespace VirtualBench
