#pragma once

#include "dialects/Dialect.h"

#include <QVariant>

// WIZnet WizFi360 ("WizFi360 AT Instruction Set" v1.1.1.7), an ESP8266 NonOS-style command set
// (_CUR/_DEF pairs, +IPD, '>' prompt). It also accepts the Espressif ESP-AT forms the WizFi360
// firmware follows but its manual does not show, so that ESP8266/ESP32 modules work too.
// Decisions on gaps of the manual: docs/dialects/wizfi360.md.
class Wizfi360Dialect : public Dialect
{
public:
    QString id() const override;
    QString displayName() const override;
    QByteArray terminator() const override;
    QList<QByteArray> sessionSetup() const override;
    QList<QByteArray> identityQueries() const override;
    DetectionProbe detectionProbe() const override; // Wizfi360Detect.cpp

    CommandTraits traits(const QByteArray &command) const override;
    QList<AtCommandInfo> catalog() const override;
    DialectCapabilities capabilities() const override;
    std::unique_ptr<WifiCommands> wifiCommands() const override;
    std::unique_ptr<SocketCommands> socketCommands() const override;
    std::unique_ptr<MqttCommands> mqttCommands() const override;
    std::unique_ptr<GpioCommands> gpioCommands() const override;
    QList<StatusQuery> statusQueries() const override;
    void readStatus(const QByteArray &command, const QList<AtFrame> &responses,
                    const AtFrame &final, StatusReport &report) const override;
    void commandSent(const QByteArray &command) override;

    FrameProbe probe(QByteArrayView lineStart, const InFlight &inFlight) const override;
    AtFrame classifyLine(const QByteArray &line, const InFlight &inFlight) override;
    QList<AtFrame> classifyPayload(const QByteArray &header, const QByteArray &payload,
                                   const InFlight &inFlight) override;

    void moduleReset() override;

    // Readable text of a +CWJAP_CUR/+CWJAP_DEF error code (1-4, manual §3.2.3), also for unknown
    // codes.
    static QString joinErrorMessage(int code);
    // The manual's name of a +CWLAP <ecn> value (0-4; 5-7 are ESP-AT's), empty when unknown.
    static QString securityName(int ecn);

    // Longest +IPD / +CIPRECVDATA payload we believe: a larger length is a corrupt header.
    static constexpr qint64 MaxPayloadLength = 65536;
    // Longest header (through ':' or the comma after the length) the probe waits for.
    static constexpr int MaxHeaderLength = 512;

private:
    AtFrame classify(const QByteArray &trimmed, const QByteArray &line, const InFlight &inFlight);
    AtFrame classifyFinal(const QByteArray &t, const QByteArray &line, const InFlight &inFlight,
                          bool *matched);
    AtFrame classifyUrc(const QByteArray &t, const QByteArray &line, const InFlight &inFlight,
                        bool *matched);
    AtFrame classifyResponse(const QByteArray &t, const QByteArray &line, const InFlight &inFlight);
    AtFrame scanEntry(const QByteArray &t, const QByteArray &line) const;

    // Per command: what the lines before ERROR/FAIL said, for the final's code and message.
    QString m_errorHint;
    QVariant m_errorCode;
    int m_joinError = 0;
    // ALREADY CONNECTED / CONNECT FAIL may be followed by an ERROR that ends nothing.
    bool m_trailingErrorExpected = false;
    // SmartConfig / WIZ_NETCONFIG is running: "ssid:" and "password:" lines are its progress.
    bool m_provisioning = false;
    // AT+CWLAPOPT <mask> (bits 0-4: ecn, ssid, rssi, mac, channel); all shown unless set.
    int m_cwlapMask = 0x1F;
    int m_pendingCwlapMask = -1;
};
