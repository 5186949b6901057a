/**
 * Other and former names of the corridor's places, by place id, that the data's `names` (one
 * current name per language) does not hold: exonyms, former names and common romanisations, so
 * that search finds "Bombay", "Madras", "Krasnovodsk" or "Bandar-e Anzali". Only for finding a
 * place; the shown name is always the data's. `tests/unit` checks every id is a place in the data.
 */
export const PLACE_OTHER_NAMES: Readonly<Record<string, readonly string[]>> = {
  'st-petersburg': ['Saint Petersburg', 'Sankt-Peterburg', 'Leningrad', 'Petrograd'],
  moscow: ['Moskva'],
  rostov: ['Rostov', 'Rostov-na-Donu'],
  makhachkala: ['Petrovsk-Port'],
  alat: ['Port of Baku', 'Baku International Sea Trade Port', 'Alyat'],
  baku: ['Baki'],
  tehran: ['Teheran'],
  mashhad: ['Meshed', 'Mashad'],
  qazvin: ['Kazvin'],
  anzali: ['Bandar-e Anzali', 'Enzeli', 'Pahlavi', 'Bandar Pahlavi'],
  'caspian-port': ['Anzali Free Zone'],
  nowshahr: ['Noshahr', 'Now Shahr'],
  amirabad: ['Bandar Amirabad', 'Bandar-e Amirabad'],
  'incheh-borun': ['Inche Burun', 'Incheh Boroun'],
  gorgan: ['Astarabad'],
  'bandar-abbas': ['Bandar-e Abbas', 'Bandar Abbas port', 'Shahid Rajaee', 'Shahid Rajaei'],
  'bandar-abbas-station': ['Bandar-e Abbas station'],
  chabahar: ['Chah Bahar', 'Bandar-e Chabahar', 'Shahid Beheshti'],
  mumbai: ['Bombay', 'Nhava Sheva', 'JNPT', 'Jawaharlal Nehru Port'],
  chennai: ['Madras'],
  kandla: ['Deendayal', 'Deendayal Port'],
  turkmenbashi: ['Krasnovodsk', 'Turkmenbasy'],
  aktau: ['Aqtau', 'Shevchenko'],
  kuryk: ['Quryq'],
  uzen: ['Zhanaozen', 'Janaozen', 'Novy Uzen'],
  'ak-yayla': ['Akyayla'],
  serhetyaka: ['Serkhetyaka'],
  'astara-az': ['Astara Azerbaijan'],
  'astara-ir': ['Astara Iran'],
};
