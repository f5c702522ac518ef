#pragma once

#include <QWidget>

class ActionStatus;
class FieldProblem;
class MqttService;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QSpinBox;
class QTableView;
class QToolButton;

// The module's MQTT client as a form: broker (host, port, client id, user, password, keep-alive,
// TLS where the family has it), connect and disconnect with the live state, subscriptions (add
// with a QoS, remove), publish (topic, payload, QoS, retain) and the messages received (payload
// as text or hex). Everything goes through the MQTT service; nothing here knows a command.
class MqttPanel : public QWidget
{
    Q_OBJECT
public:
    explicit MqttPanel(MqttService *service, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fitFormColumn();
    void availabilityChanged();
    void brokerStateChanged();
    void revalidateConnect();
    void revalidateSubscribe();
    void revalidatePublish();
    void updateUnsubscribe();
    void connectBroker();
    void subscribe();
    void unsubscribe();
    void publish();

    MqttService *m_service;
    QLabel *m_notice;
    QScrollArea *m_formScroll = nullptr;
    QWidget *m_content;
    QLineEdit *m_host;
    FieldProblem *m_hostProblem;
    QLineEdit *m_port;
    FieldProblem *m_portProblem;
    QLineEdit *m_clientId;
    FieldProblem *m_clientIdProblem;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QToolButton *m_showPassword;
    QSpinBox *m_keepAlive;
    QCheckBox *m_tls;
    QLabel *m_state;
    QPushButton *m_connect;
    QPushButton *m_disconnect;
    QLineEdit *m_subscribeTopic;
    QComboBox *m_subscribeQos;
    FieldProblem *m_subscribeProblem;
    QPushButton *m_subscribe;
    QTableView *m_subscriptions;
    QPushButton *m_unsubscribe;
    QLineEdit *m_publishTopic;
    FieldProblem *m_publishTopicProblem;
    QPlainTextEdit *m_payload;
    FieldProblem *m_payloadProblem;
    QComboBox *m_publishQos;
    QCheckBox *m_retain;
    QPushButton *m_publish;
    QTableView *m_messages;
    QCheckBox *m_messagesHex;
    ActionStatus *m_status;
};
