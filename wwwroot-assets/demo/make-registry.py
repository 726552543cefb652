#!/usr/bin/env python3
"""Writes a generated UPPKA group registry as BKKBN staff keep it: the import template's columns, CSV UTF-8 with a byte
order mark, separated by semicolons (what Indonesian Excel writes), CRLF line ends.

    python3 wwwroot-assets/demo/make-registry.py                      # the demo file: 574 groups of Jambi
    python3 wwwroot-assets/demo/make-registry.py --groups 30000 --out /tmp/registri-30000.csv   # the bench's "national" file

The demo file, registri-uppka-jambi.csv beside this script, is its output with the defaults; it is committed so staff can
import it in the demo (/staf/kelompok/impor) and the tests use it. The same seed gives the same file.

What it holds: 574 groups over Jambi's 11 regencies and cities (about as many per regency as people live there), in
real districts (kecamatan) and villages (desa/kelurahan) of that regency; 509 of them (88.5 %) in the home-industry
sectors (processed food, drinks, crafts, sewing and fashion), the rest in agriculture, trade, services and other;
group names as UPPKA groups name themselves (UPPKA Melati, Mawar, Sejahtera…); stages Dasar / Berkembang / Mandiri;
leaders' names; founding years from 1987. Regencies are written the ways a hand-kept sheet has them (Kabupaten Tebo,
Kab. Tebo, Tebo, 1508), which the importer all reads as one.

Registration numbers are UPPKA/<BPS code>/<founding year>/<number>, numbered from 101 in each regency, so none is one of
the demo seed's groups (src/UppkaCatalog.Core/Seeding/demo-data.json, checked below): importing the file adds groups
and changes none of those. Phone numbers are made up in one block (0812-5552-…, 0812-5553-…) rather than at random,
so that a demo invitation sent by WhatsApp is unlikely to reach a real person.
"""
import argparse
import csv
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))

# BPS code, name, share of the province's groups (574 in all), districts with some of their villages.
REGENCIES = [
    ("1501", "Kabupaten Kerinci", 45, {
        "Kayu Aro": ["Sungai Tanduk", "Bendung Air", "Batang Sangir", "Sangir", "Koto Tengah"],
        "Kayu Aro Barat": ["Kersik Tuo", "Sungai Lintang", "Tangkil"],
        "Gunung Tujuh": ["Pelompek", "Sungai Jernih", "Lubuk Pauh", "Telun Berasap"],
        "Siulak": ["Siulak Gedang", "Siulak Panjang", "Sungai Pegeh"],
        "Gunung Kerinci": ["Siulak Deras", "Sungai Dalam", "Mekar Jaya"],
        "Air Hangat": ["Semurup", "Koto Dua Baru", "Sungai Abu"],
        "Danau Kerinci": ["Sanggaran Agung", "Tanjung Pauh Mudik", "Koto Petai"],
        "Keliling Danau": ["Jujun", "Semerap", "Pondok", "Tanjung Batu"],
        "Gunung Raya": ["Lempur Tengah", "Lempur Mudik", "Lempur Hilir"],
        "Sitinjau Laut": ["Hiang Tinggi", "Hiang Karya", "Tanjung Tanah"],
        "Batang Merangin": ["Pulau Sangkar", "Tamiai", "Muara Imat"],
    }),
    ("1502", "Kabupaten Merangin", 60, {
        "Bangko": ["Pasar Bangko", "Dusun Bangko", "Pematang Kandis", "Sungai Kapas"],
        "Bangko Barat": ["Pulau Rengas", "Sungai Ulak"],
        "Tabir": ["Rantau Panjang", "Kampung Baruh", "Tanjung"],
        "Tabir Ulu": ["Muara Jernih", "Kandang"],
        "Sungai Manau": ["Sungai Manau", "Talang Segegah"],
        "Pamenang": ["Pamenang", "Tambang Emas", "Empang Benao"],
        "Nalo Tantan": ["Nalo Gedang", "Nalo Baru"],
        "Jangkat": ["Muara Madras", "Renah Pelaan", "Rantau Suli"],
        "Muara Siau": ["Muara Siau", "Durian Rambun"],
        "Renah Pembarap": ["Markeh", "Air Batu"],
        "Tiang Pumpung": ["Sekancing", "Tiangko"],
        "Margo Tabir": ["Kapuk", "Tegal Rejo"],
    }),
    ("1503", "Kabupaten Sarolangun", 50, {
        "Sarolangun": ["Sarolangun Kembang", "Dusun Sarolangun", "Lidung", "Sungai Abang"],
        "Pelawan": ["Pelawan", "Pematang Kulim"],
        "Singkut": ["Singkut I", "Bukit Tigo", "Sungai Benteng"],
        "Bathin VIII": ["Limbur Tembesi", "Pulau Pandan"],
        "Pauh": ["Pauh", "Lamban Sigatal", "Batu Ampar"],
        "Mandiangin": ["Mandiangin", "Guruh Baru", "Mandiangin Pasar"],
        "Limun": ["Pulau Aro", "Mersip", "Meribung"],
        "Batang Asai": ["Pasar Pekan Gedang", "Muaro Air Dua"],
        "Air Hitam": ["Lubuk Jering", "Baru"],
    }),
    ("1504", "Kabupaten Batang Hari", 50, {
        "Muara Bulian": ["Rengas Condong", "Muara Bulian", "Sridadi", "Pasar Baru", "Aro", "Olak"],
        "Bajubang": ["Bajubang Laut", "Bungku", "Mekar Sari"],
        "Maro Sebo Ulu": ["Simpang Sungai Rengas", "Teluk Leban"],
        "Pemayung": ["Pulau Raman", "Kubu Kandang", "Teluk"],
        "Mersam": ["Mersam", "Rantau Gedang"],
        "Muara Tembesi": ["Muara Tembesi", "Kampung Baru", "Pasar Muara Tembesi"],
        "Batin XXIV": ["Muara Jangga", "Jelutih"],
        "Maro Sebo Ilir": ["Terusan", "Bukit Sari"],
    }),
    ("1505", "Kabupaten Muaro Jambi", 75, {
        "Sekernan": ["Sengeti", "Tunas Baru", "Bukit Baling", "Tantan", "Berembang"],
        "Jambi Luar Kota": ["Mendalo Darat", "Pematang Gajah", "Sembubuk", "Pijoan", "Muhajirin"],
        "Mestong": ["Sebapo", "Tempino", "Baru", "Suka Damai"],
        "Kumpeh Ulu": ["Pudak", "Sungai Terap", "Kasang Pudak", "Muara Kumpeh"],
        "Kumpeh": ["Tanjung", "Pulau Mentaro", "Puding"],
        "Maro Sebo": ["Muaro Jambi", "Danau Lamo", "Jambi Kecil"],
        "Sungai Gelam": ["Tangkit Baru", "Talang Kerinci", "Sungai Gelam", "Kebon IX"],
        "Sungai Bahar": ["Marga Mulya", "Suka Makmur", "Tanjung Harapan"],
        "Bahar Utara": ["Bukit Mulya", "Bukit Makmur"],
        "Bahar Selatan": ["Bhakti Mulya", "Mekar Jaya"],
        "Taman Rajo": ["Kemingking Dalam", "Teluk Jambu"],
    }),
    ("1506", "Kabupaten Tanjung Jabung Timur", 40, {
        "Muara Sabak Timur": ["Muara Sabak Ilir", "Alang-Alang", "Lambur"],
        "Muara Sabak Barat": ["Nibung Putih", "Parit Culum I", "Rano"],
        "Nipah Panjang": ["Nipah Panjang I", "Nipah Panjang II", "Sungai Jeruk"],
        "Mendahara": ["Mendahara Ilir", "Sungai Tawar"],
        "Dendang": ["Rantau Indah", "Jati Mulyo"],
        "Sadu": ["Sungai Lokan", "Labuhan Pering"],
        "Rantau Rasau": ["Rantau Rasau I", "Bandar Jaya"],
        "Geragai": ["Pandan Jaya", "Lagan Ulu"],
        "Kuala Jambi": ["Kampung Laut", "Majelis Hidayah"],
        "Berbak": ["Simpang", "Rantau Makmur"],
    }),
    ("1507", "Kabupaten Tanjung Jabung Barat", 45, {
        "Tungkal Ilir": ["Tungkal Harapan", "Tungkal III", "Patunas", "Sriwijaya"],
        "Betara": ["Teluk Pengkah", "Makmur Jaya"],
        "Pengabuan": ["Teluk Nilau", "Parit Pudin"],
        "Tungkal Ulu": ["Badang", "Pelabuhan Dagang"],
        "Merlung": ["Merlung", "Lubuk Terap"],
        "Batang Asam": ["Dusun Kebun", "Lubuk Lawas"],
        "Seberang Kota": ["Tungkal I", "Kampung Nelayan"],
        "Bram Itam": ["Bram Itam Kanan", "Tungkal V"],
        "Senyerang": ["Senyerang", "Teluk Ketapang"],
        "Renah Mendaluh": ["Lubuk Kambing", "Rantau Benar"],
    }),
    ("1508", "Kabupaten Tebo", 50, {
        "Tebo Tengah": ["Muara Tebo", "Sungai Bengkal", "Aburan Batang Tebo", "Tanjung Aur"],
        "Rimbo Bujang": ["Wirotho Agung", "Tirta Kencana", "Sapta Mulia"],
        "Rimbo Ulu": ["Suka Damai", "Sumber Sari"],
        "Tebo Ilir": ["Teluk Kuali", "Sungai Aur"],
        "Tebo Ulu": ["Pulau Temiang", "Teluk Singkawang"],
        "Tengah Ilir": ["Mangupeh", "Betung Bedarah"],
        "VII Koto": ["Teluk Kayu Putih", "Tanjung"],
        "Sumay": ["Tuo Sumay", "Semambu"],
        "Muara Tabir": ["Pintas Tuo", "Embacang Gedang"],
    }),
    ("1509", "Kabupaten Bungo", 55, {
        "Pasar Muara Bungo": ["Bungo Barat", "Tanjung Gedang", "Bungo Timur"],
        "Rimbo Tengah": ["Cadika", "Sungai Buluh", "Sungai Kerjan"],
        "Bathin III": ["Sungai Binjai", "Manggis"],
        "Tanah Sepenggal": ["Lubuk Landai", "Empelu"],
        "Jujuhan": ["Tanjung Belit", "Rantau Ikil"],
        "Pelepat": ["Rantau Keloyang", "Batu Kerbau"],
        "Pelepat Ilir": ["Kuamang Jaya", "Dwi Karya Bakti"],
        "Limbur Lubuk Mengkuang": ["Lubuk Mengkuang", "Limbur Baru"],
        "Muko-Muko Bathin VII": ["Tanjung Agung", "Pulau Batu"],
        "Tanah Tumbuh": ["Tanah Tumbuh", "Lubuk Kayu Aro"],
    }),
    ("1571", "Kota Jambi", 80, {
        "Telanaipura": ["Telanaipura", "Pematang Sulur", "Buluran Kenali", "Simpang IV Sipin"],
        "Danau Teluk": ["Olak Kemang", "Ulu Gedong", "Tanjung Raden"],
        "Pelayangan": ["Tanjung Johor", "Tahtul Yaman", "Arab Melayu"],
        "Jambi Timur": ["Talang Banjar", "Tanjung Pinang", "Sulanjana", "Budiman"],
        "Jambi Selatan": ["Pakuan Baru", "Tambak Sari", "Wijaya Pura"],
        "Jelutung": ["Jelutung", "Kebun Handil", "Cempaka Putih"],
        "Kota Baru": ["Simpang III Sipin", "Suka Karya", "Kenali Asam Bawah"],
        "Alam Barajo": ["Mayang Mangurai", "Kenali Besar", "Bagan Pete"],
        "Paal Merah": ["Talang Bakung", "Eka Jaya", "Lingkar Selatan"],
        "Danau Sipin": ["Legok", "Sungai Putri", "Murni"],
        "Pasar Jambi": ["Beringin", "Orang Kayo Hitam", "Sungai Asam"],
    }),
    ("1572", "Kota Sungai Penuh", 24, {
        "Sungai Penuh": ["Pasar Sungai Penuh", "Karya Bakti", "Sungai Penuh"],
        "Pesisir Bukit": ["Koto Keras", "Sungai Liuk", "Gedang"],
        "Hamparan Rawang": ["Tanjung", "Koto Dian", "Maliki Air"],
        "Kumun Debai": ["Kumun Mudik", "Sungai Ning"],
        "Tanah Kampung": ["Tanah Kampung", "Koto Tuo"],
        "Koto Baru": ["Koto Lebu", "Sungai Jering"],
        "Pondok Tinggi": ["Pondok Tinggi", "Aur Duri"],
    }),
]

# 509 of Jambi's 574 groups are home industry (88.5 %): the first four sectors.
HOME_INDUSTRY = [("Makanan Olahan", 300), ("Minuman", 60), ("Kerajinan", 89), ("Jahit dan Busana", 60)]
OTHER_SECTORS = [("Pertanian", 30), ("Perdagangan", 20), ("Jasa", 10), ("Lainnya", 5)]

NAMES = [
    "Melati", "Mawar", "Anggrek", "Kenanga", "Cempaka", "Dahlia", "Teratai", "Seroja", "Flamboyan", "Bougenvil", "Bakung",
    "Kamboja", "Seruni", "Asoka", "Nusa Indah", "Wijaya Kusuma", "Kemuning", "Delima", "Bunga Tanjung", "Bunga Raya",
    "Lestari", "Sejahtera", "Mekar Sari", "Mekar Jaya", "Harapan Baru", "Harapan Ibu", "Tunas Harapan", "Tunas Mekar",
    "Maju Bersama", "Maju Jaya", "Berkah", "Berkah Bersama", "Sepakat", "Karya Mandiri", "Mandiri Jaya", "Usaha Bersama",
    "Sumber Rejeki", "Sri Rejeki", "Makmur", "Bina Sejahtera", "Bina Keluarga", "Kasih Ibu", "Srikandi", "Kartini",
    "Pelangi", "Matahari", "Bintang Timur", "Mutiara", "Permata", "Sinar Harapan", "Karya Bakti", "Sehati", "Sakinah",
    "Rukun Makmur", "Rukun Sentosa", "Keluarga Sehat", "Sari Bumi", "Tunas Baru", "Cahaya Ibu", "Putri Tangguh",
]

FIRST = [
    "Siti", "Nur", "Sri", "Dewi", "Rina", "Yuliana", "Fitri", "Erni", "Rosmawati", "Halimah", "Zubaidah", "Rahmawati",
    "Nurhayati", "Asmawati", "Marlina", "Suryani", "Yusnidar", "Mardiana", "Hasanah", "Aminah", "Rohani", "Salmah",
    "Nurlela", "Desi", "Ratna", "Herlina", "Sumarni", "Sukarti", "Tumini", "Sulastri", "Murni", "Rosmiati", "Jamilah",
    "Nuraini", "Khadijah", "Maimunah", "Syarifah", "Fauziah", "Yusnimar", "Elvi", "Darmawati", "Wagiyem", "Sunarti",
    "Eka", "Yanti", "Lina", "Mulyani", "Asiah", "Rusmini", "Kamsiah",
]
LAST = [
    "Susanti", "Yanti", "Wati", "Hartati", "Handayani", "Sari", "Lestari", "Ningsih", "Rahayu", "Wulandari", "Kurniasih",
    "Fitriani", "Safitri", "Maryam", "Zahra", "Aisyah", "Aryani", "Novita", "Puspita", "Anggraini", "Purnamasari",
    "Sulistyowati", "Marlinda", "Yusuf", "Hasibuan", "Nasution", "Siregar", "Harahap",
]

HEADER = ["Nomor Register", "Nama Kelompok", "Kabupaten/Kota", "Kecamatan", "Desa/Kelurahan", "Bidang Usaha",
          "Tahun Berdiri", "Jumlah Anggota", "Tahap", "Nama Ketua", "Telepon Ketua", "WhatsApp Kelompok"]


def sectors(count, rng):
    """The sector of each of count groups, shuffled, home industry in the province's proportion."""
    table = HOME_INDUSTRY + OTHER_SECTORS
    total = sum(n for _, n in table)
    out = []
    for name, n in table:
        out += [name] * round(n * count / total)
    while len(out) < count:
        out.append("Makanan Olahan")
    rng.shuffle(out)
    return out[:count]


def regency_text(code, name, rng):
    """The regency the ways hand-kept sheets write it; the importer reads them all as one."""
    if name.startswith("Kota "):
        return name
    bare = name[len("Kabupaten "):]
    return rng.choices([name, "Kab. " + bare, bare, code], weights=[60, 25, 10, 5])[0]


def phone(block, n):
    return f"0812-{block}-{n % 10000:04d}" if n < 10000 else f"0812-{block + n // 10000}-{n % 10000:04d}"


def demo_numbers():
    with open(os.path.join(ROOT, "src", "UppkaCatalog.Core", "Seeding", "demo-data.json"), encoding="utf-8") as f:
        return {g["registrationNumber"] for g in json.load(f)["groups"]}


def rows(count, seed):
    rng = random.Random(seed)
    weights = [share for _, _, share, _ in REGENCIES]
    per_regency = [count * w // sum(weights) for w in weights]
    for i in range(count - sum(per_regency)):
        per_regency[i % len(per_regency)] += 1
    sector_of = sectors(count, rng)
    taken = demo_numbers()
    n = 0
    for (code, name, _, districts), how_many in zip(REGENCIES, per_regency):
        for seq in range(101, 101 + how_many):
            district = rng.choice(sorted(districts))
            village = rng.choice(districts[district])
            year = rng.choices(range(1987, 2025), weights=[1] * 13 + [3] * 15 + [2] * 10)[0]
            number = f"UPPKA/{code}/{year}/{seq:03d}"
            if number in taken:
                raise SystemExit(f"{number} is one of the demo seed's groups")
            first = rng.choice(FIRST)
            leader = first if rng.random() < 0.4 else f"{first} {rng.choice(LAST)}"
            if rng.random() < 0.08:
                leader = "Hj. " + leader
            n += 1
            leader_phone = phone(5552, n) if rng.random() < 0.92 else ""
            wa = rng.random()
            whatsapp = leader_phone if wa < 0.3 else phone(5553, n) if wa < 0.7 else ""
            stage = rng.choices(["Dasar", "Berkembang", "Mandiri", ""], weights=[43, 37, 15, 5])[0]
            sector = sector_of[n - 1]
            yield [
                number,
                "UPPKA " + rng.choice(NAMES),
                regency_text(code, name, rng),
                district,
                village,
                sector if rng.random() < 0.9 else sector.lower(),
                str(year),
                str(rng.randint(8, 35)),
                stage,
                leader,
                leader_phone,
                whatsapp,
            ]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--groups", type=int, default=574)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--out", default=os.path.join(HERE, "registri-uppka-jambi.csv"))
    args = parser.parse_args()
    with open(args.out, "w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f, delimiter=";", lineterminator="\r\n")
        writer.writerow(HEADER)
        writer.writerows(rows(args.groups, args.seed))


if __name__ == "__main__":
    main()
