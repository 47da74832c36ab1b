// The key the demo centre and the demo kiosk share when no CENTRE_API_KEY is configured. It is
// printed when the centre starts, so nobody mistakes a demo setup for a secured one.
export const demoCentreApiKey = 'demo-centre-key';
