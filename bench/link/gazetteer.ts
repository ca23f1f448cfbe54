/**
 * A small hand-written gazetteer for the invented linking gold set and the synthetic benchmark:
 * districts with approximate centre coordinates, a few places in each, and neighbours (for hard
 * negatives in adjacent districts). Coordinates are rounded approximations typed for this project.
 */
export interface District {
  country: "PK" | "AF";
  adm1: string;
  adm2: string;
  lat: number;
  lon: number;
  places: { name: string; dlat: number; dlon: number }[];
  neighbours: string[];
}

const d = (country: "PK" | "AF", adm1: string, adm2: string, lat: number, lon: number, places: [string, number, number][], neighbours: string[]): District => ({
  country, adm1, adm2, lat, lon, places: places.map(([name, dlat, dlon]) => ({ name, dlat, dlon })), neighbours,
});

const KP = "Khyber Pakhtunkhwa";
export const DISTRICTS: District[] = [
  d("PK", KP, "North Waziristan", 32.99, 70.12, [["Miranshah", 0.01, -0.05], ["Mir Ali", -0.02, 0.15], ["Datta Khel", 0.08, -0.3], ["Spinwam", 0.2, 0.25], ["Razmak", -0.25, -0.05]], ["South Waziristan", "Bannu"]),
  d("PK", KP, "South Waziristan", 32.3, 69.65, [["Wana", 0.0, -0.08], ["Ladha", 0.25, 0.2], ["Makeen", 0.3, 0.05], ["Sararogha", 0.2, 0.35]], ["North Waziristan", "Tank", "Dera Ismail Khan"]),
  d("PK", KP, "Bannu", 32.99, 70.6, [["Bannu Cantonment", 0.0, 0.0], ["Domel", 0.1, 0.1], ["Jani Khel", 0.12, 0.28], ["Baka Khel", -0.05, -0.15]], ["North Waziristan", "Lakki Marwat"]),
  d("PK", KP, "Lakki Marwat", 32.61, 70.91, [["Lakki Marwat city", 0.0, 0.0], ["Serai Naurang", 0.15, 0.12], ["Tajazai", -0.05, -0.12]], ["Bannu", "Dera Ismail Khan", "Tank"]),
  d("PK", KP, "Dera Ismail Khan", 31.83, 70.9, [["Dera Ismail Khan city", 0.0, 0.0], ["Daraban", 0.0, -0.35], ["Kulachi", 0.07, -0.25], ["Paharpur", 0.2, 0.05]], ["Tank", "Lakki Marwat", "South Waziristan"]),
  d("PK", KP, "Tank", 32.22, 70.38, [["Tank city", 0.0, 0.0], ["Gomal", -0.1, -0.05], ["Jandola", 0.12, -0.18]], ["Dera Ismail Khan", "South Waziristan", "Lakki Marwat"]),
  d("PK", KP, "Peshawar", 34.01, 71.58, [["Hayatabad", 0.0, -0.1], ["Badaber", -0.1, 0.0], ["Mathra", 0.12, 0.02], ["Chamkani", 0.01, 0.1]], ["Khyber", "Charsadda", "Nowshera"]),
  d("PK", KP, "Khyber", 34.1, 71.15, [["Landi Kotal", 0.0, 0.0], ["Jamrud", -0.1, 0.2], ["Bara", -0.1, 0.3], ["Tirah", -0.2, -0.25]], ["Peshawar", "Kurram"]),
  d("PK", KP, "Bajaur", 34.73, 71.53, [["Khar", 0.0, 0.0], ["Mamund", 0.08, -0.1], ["Salarzai", 0.12, 0.05], ["Nawagai", -0.05, 0.12]], ["Mohmand"]),
  d("PK", KP, "Mohmand", 34.5, 71.35, [["Ghalanai", 0.0, 0.0], ["Safi", 0.08, 0.05]], ["Bajaur", "Peshawar"]),
  d("PK", KP, "Kurram", 33.9, 70.1, [["Parachinar", 0.0, 0.0], ["Sadda", -0.25, 0.2], ["Alizai", -0.15, 0.15]], ["Khyber", "Orakzai", "Hangu"]),
  d("PK", KP, "Orakzai", 33.7, 70.9, [["Kalaya", 0.0, 0.0], ["Ghiljo", 0.05, -0.1]], ["Kurram", "Hangu"]),
  d("PK", KP, "Hangu", 33.53, 71.06, [["Hangu city", 0.0, 0.0], ["Thall", -0.0, -0.45], ["Doaba", 0.05, -0.2]], ["Kohat", "Orakzai", "Kurram"]),
  d("PK", KP, "Kohat", 33.58, 71.44, [["Kohat city", 0.0, 0.0], ["Darra Adam Khel", 0.15, 0.05]], ["Hangu", "Peshawar"]),
  d("PK", KP, "Charsadda", 34.15, 71.73, [["Charsadda city", 0.0, 0.0], ["Tangi", 0.2, 0.0]], ["Peshawar"]),
  d("PK", KP, "Nowshera", 34.0, 71.98, [["Nowshera city", 0.0, 0.0], ["Akora Khattak", -0.01, 0.15]], ["Peshawar"]),
  d("PK", "Balochistan", "Quetta", 30.18, 67.0, [["Quetta city", 0.0, 0.0], ["Hazar Ganji", -0.06, -0.05], ["Sariab", -0.05, 0.0], ["Kuchlak", 0.2, 0.02]], ["Mastung", "Killa Abdullah"]),
  d("PK", "Balochistan", "Mastung", 29.8, 66.85, [["Mastung town", 0.0, 0.0], ["Kardigap", -0.2, -0.2]], ["Quetta", "Kalat"]),
  d("PK", "Balochistan", "Kalat", 29.03, 66.59, [["Kalat town", 0.0, 0.0], ["Mangochar", 0.2, 0.05]], ["Mastung"]),
  d("PK", "Balochistan", "Killa Abdullah", 30.72, 66.66, [["Gulistan", 0.0, 0.0], ["Jungle Pir Alizai", 0.1, 0.05]], ["Quetta", "Chaman"]),
  d("PK", "Balochistan", "Chaman", 30.92, 66.45, [["Chaman town", 0.0, 0.0], ["Friendship Gate", -0.0, -0.03]], ["Killa Abdullah"]),
  d("PK", "Balochistan", "Kech", 26.0, 63.05, [["Turbat", 0.0, 0.0], ["Buleda", 0.2, -0.3], ["Tump", -0.1, -0.4]], ["Gwadar", "Panjgur"]),
  d("PK", "Balochistan", "Gwadar", 25.12, 62.33, [["Gwadar port", 0.0, 0.0], ["Pasni", 0.15, 0.95], ["Jiwani", -0.05, -0.6]], ["Kech"]),
  d("PK", "Balochistan", "Panjgur", 26.97, 64.1, [["Panjgur town", 0.0, 0.0], ["Gichk", 0.2, 0.4]], ["Kech"]),
  d("PK", "Balochistan", "Zhob", 31.34, 69.45, [["Zhob town", 0.0, 0.0], ["Sambaza", -0.1, -0.2]], ["Sherani"]),
  d("PK", "Balochistan", "Sherani", 31.5, 69.8, [["Dhana Sar", 0.0, 0.0]], ["Zhob"]),
  d("AF", "Nangarhar", "Achin", 34.13, 70.7, [["Achin bazaar", 0.0, 0.0], ["Pekha", 0.05, 0.05]], ["Spin Ghar"]),
  d("AF", "Nangarhar", "Spin Ghar", 34.1, 70.55, [["Spin Ghar centre", 0.0, 0.0]], ["Achin"]),
  d("AF", "Kandahar", "Spin Boldak", 31.0, 66.4, [["Wesh", 0.0, 0.0], ["Spin Boldak town", 0.02, -0.05]], []),
  d("AF", "Khost", "Gurbuz", 33.25, 70.0, [["Gurbuz centre", 0.0, 0.0]], []),
  d("AF", "Kunar", "Dangam", 34.98, 71.4, [["Dangam centre", 0.0, 0.0]], []),
  d("AF", "Paktika", "Barmal", 32.75, 69.2, [["Barmal centre", 0.0, 0.0], ["Margha", -0.05, 0.1]], []),
];

export const byName = new Map(DISTRICTS.map((x) => [x.adm2, x]));
