// The emergency entered by staff: the resident confirms that the centre should be alerted for
// them, with the phone number it will call back on; the public numbers stay on screen meanwhile.
import { useTranslation } from '../i18n/translation.js';
import type { AssistedSubmission, CardHolder } from '../../../contract/index.js';
import { formatPhone } from '../format/phone.js';
import type { AssistedVisit } from './AssistedContext.js';
import { type ReadBackRow, ResidentConfirmScreen } from './ResidentConfirmScreen.js';

interface AssistedEmergencyConfirmProps {
  assisted: AssistedVisit;
  phone: string;
  card: CardHolder | null;
  onSend: (phone: string, submission: AssistedSubmission) => void;
  onChange: () => void;
}

export function AssistedEmergencyConfirm({
  assisted,
  phone,
  card,
  onSend,
  onChange,
}: AssistedEmergencyConfirmProps) {
  const { t } = useTranslation();
  const rows: ReadBackRow[] = [
    ['what', t('assisted.emergency.what'), t('assisted.emergency.alert')],
    ...(card ? [['name', t('ask.confirm.name'), card.name] as ReadBackRow] : []),
    ['phone', t('ask.confirm.phone'), formatPhone(phone)],
  ];
  return (
    <>
      <p className="notice notice--attention" role="status" data-testid="assisted-emergency-call">
        {t('assisted.emergency.callNow')}
      </p>
      <ResidentConfirmScreen
        staffName={assisted.staffName}
        rows={rows}
        pending={false}
        problem={null}
        onConfirm={(confirmation) => onSend(phone, { token: assisted.token, confirmation })}
        onChange={onChange}
      />
    </>
  );
}
